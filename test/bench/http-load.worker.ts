import autocannon from 'autocannon';
import { HttpRequestSpec, LoadResult, loadSourceModule, readPlan } from './load';

/** Child process: autocannon against the GraphQL endpoint; prints a LoadResult as JSON. */
async function main(): Promise<void> {
  const plan = readPlan();
  const next = loadSourceModule<() => HttpRequestSpec>(plan.source, 'httpSource');
  let graphqlErrors = 0;
  let firstError: string | null = null;
  const result = await autocannon({
    url: plan.url!,
    connections: plan.connections,
    duration: plan.durationSeconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const spec = next();
          return {
            ...request,
            method: 'POST',
            body: spec.body,
            headers: {
              'content-type': 'application/json',
              ...(spec.token ? { authorization: `Bearer ${spec.token}` } : {}),
            },
          };
        },
        onResponse: (status, body) => {
          // GraphQL answers its errors with 200: an answer is good only when it carries no `errors`.
          if (status !== 200 || body.includes('"errors"')) {
            graphqlErrors++;
            firstError ??= `${status} ${body.slice(0, 300)}`;
          }
        },
      },
    ],
  });
  const out: LoadResult = {
    requests: result.requests.total,
    throughput: result.requests.total / (result.duration || plan.durationSeconds),
    p50: result.latency.p50,
    p99: result.latency.p99,
    max: result.latency.max,
    errors: Math.max(graphqlErrors, result.non2xx) + result.errors + result.timeouts,
    firstError,
  };
  // Exit at once: a source may hold a background connection (the reference's counter fold).
  process.stdout.write(JSON.stringify(out), () => process.exit(0));
}

main().catch((error: Error) => {
  console.error(error.stack);
  process.exit(1);
});
