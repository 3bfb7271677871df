import { createHash } from 'node:crypto';
import { createConnection } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { runMigrations } from '../../libs/database/src/migrate';
import { freePort } from './free-port';

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
  }
  const migrationsDir = join(__dirname, '..', '..', 'libs', 'database', 'src', 'migrations');
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(join(migrationsDir, file)));
  const template = `pollen_tpl_${hash.digest('hex').slice(0, 12)}`;

  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    // Runs sharing one server (several checkouts) must not build the same template at once.
    await admin.query('SELECT pg_advisory_lock(7411100)');
    const existing = await admin.query(`SELECT datname FROM pg_database WHERE datname = $1`, [template]);
    const ready = existing.rowCount === 1 && (await isMigrated(adminUrl, template));
    if (!ready) {
      await admin.query(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
      await admin.query(`CREATE DATABASE "${template}"`);
      await runMigrations(withDatabase(adminUrl, template));
    }
  } finally {
    await admin.query('SELECT pg_advisory_unlock(7411100)').catch(() => undefined);
    await admin.end();
  }
  process.env.POLLEN_TEST_ADMIN_URL = adminUrl;
  process.env.POLLEN_TEST_TEMPLATE = template;

  // Multi-instance specs need Redis; they are skipped, saying so, on a machine without it.
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  if (await reachable(redisUrl)) process.env.POLLEN_TEST_REDIS_URL = redisUrl;
  else console.warn(`\nRedis is not reachable at ${redisUrl}: the multi-instance realtime specs are skipped. Set REDIS_URL to run them.`);
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

async function isMigrated(adminUrl: string, template: string): Promise<boolean> {
  const client = new Client({ connectionString: withDatabase(adminUrl, template) });
  try {
    await client.connect();
    const result = await client.query(`SELECT count(*)::int AS n FROM schema_migration`);
    return result.rows[0].n > 0;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
