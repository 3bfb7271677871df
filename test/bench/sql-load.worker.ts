import { performance } from 'node:perf_hooks';
import { Client, ClientBase } from 'pg';
import { LoadResult, loadSourceModule, readPlan, percentile } from './load';

type Step = (client: ClientBase) => Promise<void>;

/**
 * Child process: `connections` pg clients, each running the source's steps back to back until
 * the duration is over (the same closed loop autocannon runs over HTTP); prints a LoadResult.
 */
async function main(): Promise<void> {
  const plan = readPlan();
  const next = loadSourceModule<() => Step>(plan.source, 'sqlSource');
  const clients = await Promise.all(
    Array.from({ length: plan.connections }, async () => {
      const client = new Client({ connectionString: plan.databaseUrl });
      await client.connect();
      return client;
    }),
  );
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const deadline = started + plan.durationSeconds * 1000;
  await Promise.all(
    clients.map(async (client) => {
      while (performance.now() < deadline) {
        const step = next();
        const t0 = performance.now();
        try {
          await step(client);
          latencies.push(performance.now() - t0);
        } catch (error) {
          errors++;
          firstError ??= (error as Error).message;
          await client.query('ROLLBACK').catch(() => undefined);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await Promise.all(clients.map((client) => client.end()));
  latencies.sort((a, b) => a - b);
  const out: LoadResult = {
    requests: latencies.length,
    throughput: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    errors,
    firstError,
  };
  // Exit at once: a source may hold a background connection (the reference's counter fold).
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
