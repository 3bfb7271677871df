import { createHash } from 'node:crypto';
import { createConnection } from 'node:net';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort } from './free-port';
import globalTeardown from './global-teardown';

/**
 * Once per run: a PostgreSQL server (DATABASE_URL's, or an embedded one in a temp folder), and a
 * template database migrated once, named after the migrations so a changed migration gets a
 * fresh template. Spec files clone it (see test-app.ts).
 */
export default async function globalSetup(): Promise<void> {
  const globalsBefore = new Set(Object.getOwnPropertyNames(globalThis));
  try {
    await prepare();
  } finally {
    forgetLibraryGlobals(globalsBefore);
  }
}

/**
 * This setup runs in Jest's own process, and Jest copies that process's globals into the context
 * of every spec file it runs there (`--runInBand`, or a run of one file). Loading libs/database
 * here loads @pollen/kernel and with it @nestjs/graphql, whose type metadata lives on the global
 * object (`GqlTypeMetadataStorage`, `GqlLazyMetadataStorageHost`): each in-band spec file would
 * then find the storage of the setup's realm and register its own classes in it, every file's
 * after the previous one's, and the second app of the run fails to build its schema ("Cannot
 * determine a GraphQL output type for the \"hasNextPage\"": the metadata of another realm's
 * PageInfo). So the libraries are loaded here only once the globals are noted, and what they left
 * on the global object is taken off again (the embedded server's handle stays, for the teardown).
 */
function forgetLibraryGlobals(before: ReadonlySet<string>): void {
  const slot = globalThis as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (!before.has(name) && name !== EMBEDDED_SLOT) delete slot[name];
  }
}

const EMBEDDED_SLOT = '__POLLEN_EMBEDDED__';

async function prepare(): Promise<void> {
  const { startEmbeddedPostgres } = await import('../../libs/database/src/embedded-postgres');
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = mkdtempSync(join(tmpdir(), 'pollen-test-pg-'));
    // A run killed outright (SIGKILL, a closed terminal) skips every hook below: the server's
    // watchdog then stops it and removes its folder.
    const embedded = await startEmbeddedPostgres(dataDir, await freePort(), 'postgres', { removeWhenOrphaned: true });
    (globalThis as Record<string, unknown>)[EMBEDDED_SLOT] = { embedded, dataDir };
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

  const { ADVISORY_LOCKS, underSessionLock } = await import('../../libs/database/src/advisory-lock');
  const { runMigrations } = await import('../../libs/database/src/migrate');
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
