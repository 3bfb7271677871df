import { join } from 'node:path';
import { prepareWorkload } from './api-workloads';
import { buildAt } from './base-build';
import { median } from './bench-units';
import { BENCH_JWT_SECRET } from './bench-tokens';
import { ROOT, startApi } from './child-server';
import { LoadResult, runLoad } from './load';
import { cpuSecondsOf } from './process-cpu';

/**
 * Before/after an optimisation, in the same run: `node -r @swc-node/register test/bench/compare-api.ts
 * <base rev> feed|vote|vote-hot [seconds] [rounds]` (DATABASE_URL set) builds the API at <base rev> in a
 * temp folder, then loads the base build and the worktree's build in turns (A B A B …) under the same
 * load, and prints each side's median throughput and latencies.
 */
async function main(): Promise<void> {
  const [rev, kind = 'feed', secondsArg = '8', roundsArg = '2'] = process.argv.slice(2);
  if (!rev) throw new Error('usage: compare-api.ts <base rev> feed|vote|vote-hot [seconds] [rounds]');
  const adminUrl = process.env.DATABASE_URL!;
  const log = (message: string) => console.error(message);
  const sides = { base: join(buildAt(rev), 'dist', 'apps', 'api', 'src', 'main.js'), head: join(ROOT, 'dist', 'apps', 'api', 'src', 'main.js') };
  const results: Record<keyof typeof sides, LoadResult[]> = { base: [], head: [] };
  // The API's own CPU per request: steadier than throughput when other work shares the cores.
  const cpu: Record<keyof typeof sides, number[]> = { base: [], head: [] };
  for (let round = 0; round < Number(roundsArg); round++) {
    for (const side of ['base', 'head'] as const) {
      const { databaseUrl, plan, done } = await prepareWorkload(kind, adminUrl, log);
      const server = await startApi({ databaseUrl, jwtSecret: BENCH_JWT_SECRET, main: sides[side] });
      try {
        const url = `${server.url}/graphql`;
        await runLoad('http', { ...plan, url, durationSeconds: 2 });
        const cpuBefore = cpuSecondsOf(server.pid);
        const result = await runLoad('http', { ...plan, url, durationSeconds: Number(secondsArg) });
        const cpuPerRequest = ((cpuSecondsOf(server.pid) - cpuBefore) * 1e6) / result.requests;
        log(
          `round ${round + 1} ${side}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ` +
            `API CPU ${cpuPerRequest.toFixed(0)} µs/request, ${result.errors} errors`,
        );
        results[side].push(result);
        cpu[side].push(cpuPerRequest);
      } finally {
        await server.stop();
        await done();
      }
    }
  }
  for (const side of ['base', 'head'] as const) {
    const runs = results[side];
    console.log(
      `${kind} ${side === 'base' ? rev : 'worktree'}: ${median(runs.map((r) => r.throughput)).toFixed(0)} req/s, ` +
        `p50 ${median(runs.map((r) => r.p50))} ms, p99 ${median(runs.map((r) => r.p99))} ms, API CPU ${median(cpu[side]).toFixed(0)} µs/request`,
    );
  }
  const ratio = median(results.head.map((r) => r.throughput)) / median(results.base.map((r) => r.throughput));
  console.log(`throughput after/before: ${ratio.toFixed(2)}×`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
