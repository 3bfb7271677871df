import { request } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { GCProfiler, getHeapStatistics } from 'node:v8';

/** What one request cost the process serving it (the server runs in the test's own process). */
export interface Footprint {
  status: number;
  /** Bytes of the answer (read and dropped unless small enough to parse). */
  bytes: number;
  body: any;
  ms: number;
  /** Longest the event loop was held while the request ran. */
  loopMaxMs: number;
  /** Highest used heap seen while it ran (samples every 5 ms and before every GC), less the heap before. */
  heapGrowthMb: number;
  /** Slowest answer to a `{ __typename }` sent every 50 ms while it ran. */
  slowestPingMs: number;
}

const PARSE_MAX = 1024 * 1024;

/** Posts raw `body` to `url`/graphql, as a hostile client would, and reads the answer without keeping it. */
export function post(url: string, body: string, token?: string): Promise<{ status: number; bytes: number; body: any }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    });
    req.on('response', (res) => {
      let bytes = 0;
      const kept: Buffer[] = [];
      res.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
        if (bytes <= PARSE_MAX) kept.push(chunk);
      });
      res.on('end', () => {
        let parsed: unknown = null;
        if (bytes <= PARSE_MAX) {
          try {
            parsed = JSON.parse(Buffer.concat(kept).toString('utf8'));
          } catch {
            parsed = Buffer.concat(kept).toString('utf8');
          }
        }
        resolve({ status: res.statusCode ?? 0, bytes, body: parsed });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(body);
  });
}

/**
 * Runs one request against the in-process server and measures what it held: the event loop's
 * longest delay (perf_hooks), the heap's peak over the heap before (sampled, and read before each
 * garbage collection by V8's GC profiler, so a peak between two samples is still seen), and how
 * long a ping waited meanwhile.
 */
export async function footprint(url: string, body: string, token?: string): Promise<Footprint> {
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = getHeapStatistics().used_heap_size;
  let peak = before;
  const gc = new GCProfiler();
  gc.start();
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const sampler = setInterval(() => {
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  }, 5);
  let slowestPingMs = 0;
  let running = true;
  const pings = (async () => {
    while (running) {
      const started = performance.now();
      await post(url, JSON.stringify({ query: '{ __typename }' }));
      slowestPingMs = Math.max(slowestPingMs, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  const started = performance.now();
  let answer: Awaited<ReturnType<typeof post>>;
  let ms: number;
  try {
    answer = await post(url, body, token);
    ms = performance.now() - started;
    peak = Math.max(peak, getHeapStatistics().used_heap_size);
  } finally {
    running = false;
    clearInterval(sampler);
    loop.disable();
  }
  await pings;
  for (const entry of gc.stop()?.statistics ?? []) peak = Math.max(peak, entry.beforeGC.heapStatistics.usedHeapSize);
  return { ...answer, ms, loopMaxMs: loop.max / 1e6, heapGrowthMb: (peak - before) / (1024 * 1024), slowestPingMs };
}
