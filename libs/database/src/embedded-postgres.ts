import { chmodSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { inspect } from 'node:util';
import { join } from 'node:path';
import { Client } from 'pg';
import { closedToOthers, embeddedHome, runsAsRoot } from '@pollen/config';
import { embeddedPostgresEntry } from './embedded-postgres-binaries';
import { PostgresServerProcess, settleStaleLockFile, startPostgresServer } from './embedded-postgres-process';
import { EmbeddedPostgresError } from './embedded-postgres-error';

export { EmbeddedPostgresError };

export interface EmbeddedDatabase {
  url: string;
  /** Where PostgreSQL's binaries were copied to as root (see embedded-postgres-binaries.ts), or null. */
  binariesCopiedTo: string | null;
  /** Smart shutdown (sessions still closing may end), then fast: PostgreSQL exits cleanly. */
  stop(): Promise<void>;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  getPgClient(database?: string, host?: string): Client;
  /** The postgres user's ids when running as root (empty otherwise): a method of the package's class. */
  getUidAndGid(): Promise<{ uid?: number; gid?: number }>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

/**
 * `embedded-postgres` is ESM-only and loads its binaries with a dynamic import(); Node ≥ 20.19
 * require()s it natively. (Inside a Jest sandbox it cannot load: tests start it from the global
 * setup or in a child process.) `from` is the package's entry file, the project's own or a copy.
 */
function loadEmbeddedPostgres(from: string): EmbeddedPostgresClass {
  // The package installs process-wide SIGINT/SIGTERM hooks that stop PostgreSQL and exit with
  // 128+signal, racing the server's own shutdown (which drains requests first, then stops the
  // database). The server owns shutdown: those hooks are removed as the package loads.
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(from) as { default: EmbeddedPostgresClass };
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
 * `<dataDir>/pg` (kept across restarts), and creates the `pollen` database on first start. It
 * stops with its owner: if this process dies without stopping it, a watchdog does (fast
 * shutdown), and removes `dataDir` too when `removeWhenOrphaned` (a test run's temp cluster).
 */
export async function startEmbeddedPostgres(
  dataDir: string,
  port: number,
  database = 'pollen',
  options: { removeWhenOrphaned?: boolean } = {},
): Promise<EmbeddedDatabase> {
  const clusterDir = join(dataDir, 'pg');
  const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new EmbeddedPostgresError(
      `cannot create the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code}): set POLLEN_DATA_DIR to a folder Pollen may write, or DATABASE_URL`,
    );
  }
  if (runsAsRoot()) {
    // As root the server runs as the `postgres` user, which must be able to reach its cluster.
    chmodSync(dataDir, 0o755);
    const closed = closedToOthers(dataDir);
    if (closed) {
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL runs as the user postgres, who cannot enter ${closed} to reach its data in ${dataDir}: ` +
          `unset POLLEN_DATA_DIR (Pollen then keeps its data under ${embeddedHome()}), point it at a folder others may enter, or set DATABASE_URL`,
      );
    }
  }
  const binaries = embeddedPostgresEntry();
  const EmbeddedPostgres = loadEmbeddedPostgres(binaries.entry);
  const lines: string[] = [];
  const remember = (message: string) => {
    lines.push(...message.split('\n').filter((line) => line.trim() !== ''));
    lines.splice(0, Math.max(0, lines.length - 50));
  };
  const reason = (error: unknown) => {
    const fatal = lines.filter((line) => /\b(FATAL|ERROR|PANIC)\b|initdb: error/.test(line)).pop();
    const own = error instanceof Error ? error.message.split('\n')[0] : '';
    return (fatal ?? (own || lines.at(-1) || 'it exited')).trim();
  };
  const postgresFlags = ['-c', 'max_connections=200', '-c', 'shared_buffers=256MB', '-c', 'fsync=on'];
  const settings = {
    user: USER,
    password: PASSWORD,
    port,
    persistent: true,
    // The binaries refuse to run as root; the package then runs them as a `postgres` user. Only
    // as root: otherwise the package would try (and fail) to create that user for an ordinary one.
    createPostgresUser: runsAsRoot(),
    // PostgreSQL's own log is kept only to say why a start failed (its FATAL line).
    onLog: (message: string) => remember(message),
    onError: (message: unknown) => {
      if (message) remember(message instanceof Error ? message.message : typeof message === 'string' ? message : inspect(message));
    },
    postgresFlags,
    // UTF-8 whatever the environment's locale: without LANG (a bare `su -`, a container), initdb
    // would make a SQL_ASCII cluster, where accents break text search. PostgreSQL's own C.UTF-8
    // (the builtin provider) needs no locale installed on the machine.
    initdbFlags: ['--encoding=UTF8', '--locale-provider=builtin', '--builtin-locale=C.UTF-8'],
  };
  const pg = new EmbeddedPostgres({ ...settings, databaseDir: clusterDir });
  if (fresh) await createCluster(clusterDir, (databaseDir) => new EmbeddedPostgres({ ...settings, databaseDir }).initialise(), reason);
  let server: PostgresServerProcess;
  try {
    // A server its dead owner's watchdog is still stopping is waited for; a stale lock file cleared.
    await settleStaleLockFile(clusterDir);
    // Started here rather than by the package, in a process group of its own (embedded-postgres-process.ts).
    server = await startPostgresServer({
      binary: binaries.postgres,
      clusterDir,
      port,
      flags: postgresFlags,
      ids: await pg.getUidAndGid(),
      onLog: remember,
      removeWhenOrphaned: options.removeWhenOrphaned ? dataDir : undefined,
    });
  } catch (error) {
    throw new EmbeddedPostgresError(
      `could not start the embedded PostgreSQL on port ${port} (data in ${clusterDir}): ${reason(error)}; ` +
        'is another instance running? Set POLLEN_EMBEDDED_PG_PORT or DATABASE_URL',
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
    binariesCopiedTo: binaries.copiedTo,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await server.stop();
    },
  };
}

/**
 * The first start's `initdb`, made in `<cluster>.initdb` and renamed into place once whole:
 * initdb writes PG_VERSION early, so a start killed during it (SIGKILL, the OOM killer, a closed
 * terminal) used to leave a half-made cluster that every later start tried, and failed, to run.
 * Now what an interrupted initdb leaves is its staging folder, which the next start removes and
 * makes again. A cluster folder without PG_VERSION that is not empty is no cluster of Pollen's:
 * it is left alone, with one line saying so.
 */
async function createCluster(clusterDir: string, initialise: (databaseDir: string) => Promise<void>, reason: (error: unknown) => string): Promise<void> {
  if (existsSync(clusterDir) && readdirSync(clusterDir).length > 0) {
    throw new EmbeddedPostgresError(`${clusterDir} holds no PostgreSQL cluster (no PG_VERSION) but is not empty: move it away, or set POLLEN_DATA_DIR or DATABASE_URL`);
  }
  const staging = `${clusterDir}.initdb`;
  rmSync(staging, { recursive: true, force: true });
  try {
    await initialise(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw new EmbeddedPostgresError(`initdb could not create the cluster in ${clusterDir}: ${reason(error)}; set POLLEN_DATA_DIR to another folder or DATABASE_URL`);
  }
  rmSync(clusterDir, { recursive: true, force: true });
  renameSync(staging, clusterDir);
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
      return { url, binariesCopiedTo: null, stop: async () => undefined };
    } catch {
      await client.end().catch(() => undefined);
    }
  }
  return startEmbeddedPostgres(dataDir, port, database);
}
