import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './child-server';

/** A request generator: a module exporting `httpSource(params)` and/or `sqlSource(params)`. */
export interface LoadSource {
  /** Path of the module, relative to test/bench. */
  module: string;
  params: unknown;
}

export interface LoadPlan {
  connections: number;
  durationSeconds: number;
  source: LoadSource;
  /** HTTP load: the GraphQL endpoint. */
  url?: string;
  /** SQL load: the database to send the statements to. */
  databaseUrl?: string;
}

export interface LoadResult {
  requests: number;
  /** Completed requests (or transactions) per second. */
  throughput: number;
  p50: number;
  p99: number;
  max: number;
  /** Non-2xx answers, socket errors, timeouts, GraphQL `errors` and failed transactions. */
  errors: number;
  firstError: string | null;
}

/** One request of an HTTP source: a GraphQL body and, when signed in, the bearer token. */
export interface HttpRequestSpec {
  body: string;
  token?: string;
}

export type HttpSource = (params: never) => () => HttpRequestSpec;
export type SqlSource = (params: never) => () => (client: import('pg').ClientBase) => Promise<void>;

/**
 * Runs load from a separate process (autocannon for HTTP, a pool of pg clients for SQL) so the
 * load generator never shares an event loop with what it measures. Resolves with its result.
 */
export function runLoad(kind: 'http' | 'sql', plan: LoadPlan): Promise<LoadResult> {
  const worker = join(__dirname, kind === 'http' ? 'http-load.worker.ts' : 'sql-load.worker.ts');
  // A file, not an environment variable: a plan carries thousands of ids and tokens.
  const folder = mkdtempSync(join(tmpdir(), 'pollen-bench-plan-'));
  const planFile = join(folder, 'plan.json');
  writeFileSync(planFile, JSON.stringify(plan));
  return new Promise<LoadResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['-r', '@swc-node/register', worker], {
      cwd: ROOT,
      env: { ...process.env, BENCH_LOAD_PLAN: planFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new Error(`${kind} load worker exited with ${code}: ${stderr}`));
      try {
        resolve(JSON.parse(stdout) as LoadResult);
      } catch {
        reject(new Error(`${kind} load worker printed no result: ${stdout.slice(0, 500)} ${stderr}`));
      }
    });
  }).finally(() => rmSync(folder, { recursive: true, force: true }));
}

export function readPlan(): LoadPlan {
  return JSON.parse(readFileSync(process.env.BENCH_LOAD_PLAN!, 'utf8')) as LoadPlan;
}

/** Percentile of latencies already sorted ascending (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Loads a source module named in a plan. */
export function loadSourceModule<T>(source: LoadSource, exportName: 'httpSource' | 'sqlSource'): T {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const loaded = require(join(__dirname, source.module)) as Record<string, unknown>;
  const factory = loaded[exportName];
  if (typeof factory !== 'function') throw new Error(`${source.module} has no ${exportName} export`);
  return (factory as (params: unknown) => T)(source.params);
}
