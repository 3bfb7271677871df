import { createHash } from 'node:crypto';
import { createConnection } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { ADVISORY_LOCKS, underSessionLock } from '../../libs/database/src/advisory-lock';
import { runMigrations } from '../../libs/database/src/migrate';
import { freePort } from './free-port';
import globalTeardown from './global-teardown';

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temp folder), and a
 * template database migrated once, named after the migrations so a changed migration gets a
 * fresh template. Spec files clone it (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pollen-test-pg-'));
    const embedded = await startEmbeddedPostgres(dataDir, await freePort(), 'postgres');
    (globalThis as Record<string, unknown>).__POLLEN_EMBEDDED__ = { embedded, dataDir };
    adminUrl = embedded.url;
    // Jest skips the global teardown when the setup fails or the run is interrupted (Ctrl-C, a CI
    // timeout): the server and its folder would outlive the run.
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      process.once(signal, () => {
        void globalTeardown().finally(() => process.exit(128 + (signal === 'SIGINT' ? 2 : 15)));
      });
    }
  }
  try {
    await prepareTemplate(adminUrl);
  } catch (error) {
    await globalTeardown().catch(() => undefined);
    throw error;
  }

  // Multi-instance specs need Redis; they are skipped, saying so, on a machine without it.
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (await reachable(redisUrl)) process.env.POLLEN_TEST_REDIS_URL = redisUrl;
  else console.warn(`\nRedis is not reachable at ${redisUrl}: the multi-instance realtime specs are skipped. Set REDIS_URL to run them.`);
}

async function prepareTemplate(adminUrl: string): Promise<void> {
  const migrationsDir = join(__dirname, '..', '..', 'libs', 'database', 'src', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(join(migrationsDir, file)));
  const template = `pollen_tpl_${hash.digest('hex').slice(0, 12)}`;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Runs sharing one server (several checkouts, CI jobs) must not build the same template at once.
    await underSessionLock(admin, ADVISORY_LOCKS.TEST_TEMPLATE, async () => {
      // The template is built under a scratch name and renamed once migrated, so a template that
      // exists is complete, and nobody connects to it to check (a connection to it would make a
      // concurrent run's CREATE DATABASE … TEMPLATE fail). A run killed mid-build leaves only the
      // scratch database, rebuilt here.
      const existing = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [template]);
      if (existing.rowCount === 0) {
        const building = `${template}_building`;
        await admin.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
        await admin.query(`CREATE DATABASE "${building}"`);
        await runMigrations(withDatabase(adminUrl, building));
        await renameWhenIdle(admin, building, template);
      }
    });
  } finally {
    await admin.end();
  }
  process.env.POLLEN_TEST_ADMIN_URL = adminUrl;
  process.env.POLLEN_TEST_TEMPLATE = template;
}

function reachable(url: string): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = createConnection({ host: hostname, port: Number(port || 6379) });
    socket.setTimeout(1_000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** A migration run's backends may still be exiting after its pool closed: retry briefly. */
async function renameWhenIdle(admin: Client, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await admin.query(`ALTER DATABASE "${from}" RENAME TO "${to}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error; // object_in_use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
