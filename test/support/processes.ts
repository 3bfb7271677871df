import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join as joinPath } from 'node:path';
import { GqlResult, gqlAt } from '../setup/test-app';
import { freePort } from '../setup/free-port';

/** The API (`apps/api/src/main.ts`) in a process of its own, as deployed: a crash is an exit, its log is its output. */
export interface ApiProcess {
  url: string;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult>;
  /** stdout and stderr so far. */
  output(): string;
  /** The exit code or signal once it has exited; null while it runs. */
  exited(): string | null;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** `cwd`: the checkout to run (this one by default); an empty value in `env` unsets that variable for Pollen. */
export async function startApiProcess(env: Record<string, string>, cwd = joinPath(__dirname, '..', '..')): Promise<ApiProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', '@swc-node/register', 'apps/api/src/main.ts'], {
    cwd,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      POLLEN_SEED_DEMO: 'false',
      JWT_SECRET: 'test-secret-'.padEnd(48, 'x'),
      LOG_LEVEL: 'error',
      // As the test app (test/setup/test-app.ts): specs about something else write freely from one
      // address, and processes on one database share their Redis keys, apart from other specs'.
      RATE_LIMIT_SCALE: '100',
      ...(env.DATABASE_URL ? { REDIS_KEY_PREFIX: `pollen-t:${env.DATABASE_URL.split('/').pop()}` } : {}),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let exited: string | null = null;
  const ended = new Promise<void>((resolve) => child.once('exit', (code, signal) => {
    exited = signal ?? String(code);
    resolve();
  }));
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const check = setInterval(() => {
      if (output.includes('Pollen GraphQL API')) done(resolve);
      else if (exited !== null) done(() => reject(new Error(`API process exited with ${exited}: ${output}`)));
    }, 50);
    const done = (then: () => void) => {
      clearInterval(check);
      then();
    };
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    gql: (query, variables, token) => gqlAt(url, query, variables, token),
    output: () => output,
    exited: () => exited,
    kill: async (signal = 'SIGKILL') => {
      if (exited === null) child.kill(signal);
      await ended;
    },
  };
}

/** Whether `redis-server` can be run here (the spec that needs a Redis of its own skips without it). */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version']).status === 0;
}

/** A private redis-server on `port`, without persistence, so stopping it loses everything it held. */
export class RedisProcess {
  private child: ChildProcess | null = null;

  constructor(readonly port: number) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    let output = '';
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}: ${output}`)));
    });
  }

  async stop(): Promise<void> {
    const child = this.child;
    this.child = null;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
}
