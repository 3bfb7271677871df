import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareWorkload } from './api-workloads';
import { BENCH_JWT_SECRET } from './bench-tokens';
import { startApi } from './child-server';
import { newest, topSelfTime } from './cpu-profile-top';
import { runLoad } from './load';

/**
 * `node -r @swc-node/register test/bench/profile-api.ts feed|vote|vote-hot [seconds]` (DATABASE_URL set):
 * the API under one scenario's load with `node --cpu-prof`, then the top self-time functions of
 * the measured window (start-up and warm-up left out).
 */
async function main(): Promise<void> {
  const [kind = 'feed', secondsArg = '10'] = process.argv.slice(2);
  const seconds = Number(secondsArg);
  const adminUrl = process.env.DATABASE_URL!;
  const log = (message: string) => console.error(message);
  const profileDir = mkdtempSync(join(tmpdir(), 'pollen-profile-'));
  const { databaseUrl, plan, done } = await prepareWorkload(kind, adminUrl, log);
  const server = await startApi({ databaseUrl, jwtSecret: BENCH_JWT_SECRET, cpuProfileDir: profileDir });
  try {
    await runLoad('http', { ...plan, url: `${server.url}/graphql`, durationSeconds: 3 });
    const result = await runLoad('http', { ...plan, url: `${server.url}/graphql`, durationSeconds: seconds });
    log(`${kind}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, ${result.errors} errors`);
  } finally {
    await server.stop();
    await done();
  }
  const file = newest(profileDir);
  console.log(`${file}\n${topSelfTime(JSON.parse(readFileSync(file, 'utf8')), 40, seconds)}`);
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
