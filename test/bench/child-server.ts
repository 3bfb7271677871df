import { ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { freePort } from '../setup/free-port';

export const ROOT = join(__dirname, '..', '..');
const API_MAIN = join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js');
const START_TIMEOUT_MS = 60_000;

export interface ChildServer {
  url: string;
  pid: number;
  /** Resident set size of the child, in bytes, read from the kernel now. */
  rss(): number;
  stop(): Promise<void>;
}

/** `npm run bench` builds before it starts; a scenario run alone (or from jest) builds when dist is missing. */
export function ensureApiBuilt(): void {
  if (!existsSync(API_MAIN)) execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
}

export interface ApiOptions {
  databaseUrl: string;
  jwtSecret: string;
  /** A folder for `node --cpu-prof` output (BENCH_CPU_PROF=<dir> sets it for every API child). */
  cpuProfileDir?: string;
  env?: Record<string, string>;
  /** Another build of the API (the before side of an A/B comparison); the worktree's dist by default. */
  main?: string;
}

/**
 * Node's flags in `npm start` (package.json), e.g. a larger young generation: the bench runs the
 * API the way it is deployed, from the one place that says how.
 */
export function apiNodeFlags(): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const words = scripts.start.split(/\s+/);
  return words.slice(words.indexOf('node') + 1).filter((word) => word.startsWith('--'));
}

/** The built API (`node dist/apps/api/src/main.js`) as `npm start` runs it, without demo data. */
export async function startApi(options: ApiOptions): Promise<ChildServer> {
  if (!options.main) ensureApiBuilt();
  const profileDir = options.cpuProfileDir ?? process.env.BENCH_CPU_PROF;
  const nodeArgs = [...apiNodeFlags(), ...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [])];
  return startChildServer([...nodeArgs, options.main ?? API_MAIN], {
    DATABASE_URL: options.databaseUrl,
    JWT_SECRET: options.jwtSecret,
    POLLEN_SEED_DEMO: 'false',
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // The bench measures the write path, not the write limits (a few accounts cast thousands of votes).
    RATE_LIMIT_SCALE: '1000000',
    ...options.env,
  });
}

/**
 * Spawns `node <args>` with PORT set to a free port, and waits until GET /health answers 200.
 * The child's output is kept and shown if it fails to start.
 */
export async function startChildServer(args: string[], env: Record<string, string>): Promise<ChildServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-8_000);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.at(-1)} exited with ${child.exitCode}:\n${output}`);
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${args.at(-1)} did not become healthy within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid: child.pid!, rss: () => rssOf(child.pid!), stop: () => stopChild(child) };
}

/** SIGTERM (the API drains and closes its pool; --cpu-prof writes its profile), SIGKILL after 15 s. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /VmRSS:\s+(\d+) kB/.exec(status);
  if (!match) throw new Error(`no VmRSS for process ${pid}`);
  return Number(match[1]) * 1024;
}
