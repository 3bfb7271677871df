import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { BENCH_JWT_SECRET } from '../bench-tokens';
import { durations, interleaved, loadFigures, round } from '../bench-units';
import { ChildServer, startChildServer } from '../child-server';
import { LoadPlan, runLoad } from '../load';
import { CpuPerRequest, cpuFigures, withCpu } from '../process-cpu';
import { seededApi } from '../seeded-database';
import { FeedParams, HOT_FEED_QUERY } from '../sources/hot-feed.source';

const READERS = 64;
const P99_GOAL_MS = 50;

/**
 * Scenario 3: the HOT feed page (20 ideas with author, tallies, the reader's vote, comment count)
 * read by 64 concurrent signed-in readers, beside a minimal graphql-http + pg server answering
 * the same query on the same database (test/bench/reference-feed.server.ts).
 */
const scenario: BenchScenario = {
  name: 'hot-feed',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { warmup, measure, rounds } = durations(context.quick);
    const api = await seededApi(context);
    api.trafficServed = true;
    const reference = await startChildServer(['-r', '@swc-node/register', 'test/bench/reference-feed.server.ts'], {
      DATABASE_URL: api.data.url,
      JWT_SECRET: BENCH_JWT_SECRET,
    });
    try {
      const same = await sameAnswer(api.server.url, reference.url, api.data.challengeId, api.tokens[0]);
      const plan = (server: ChildServer, durationSeconds: number): LoadPlan => ({
        url: `${server.url}/graphql`,
        connections: READERS,
        durationSeconds,
        source: { module: 'sources/hot-feed.source.ts', params: { challengeId: api.data.challengeId, tokens: api.tokens } satisfies FeedParams },
      });
      for (const server of [api.server, reference]) await runLoad('http', plan(server, warmup));
      context.log(`HOT feed at scale ${api.data.scale}: the GraphQL API and the graphql-http reference, ${rounds} rounds each`);
      const database = new URL(api.data.url).pathname.slice(1);
      const cpu: Record<'api' | 'reference', CpuPerRequest[]> = { api: [], reference: [] };
      const measuredWithCpu = (side: 'api' | 'reference', server: ChildServer) => async () => {
        const { load, cpu: used } = await withCpu(server.pid, context.adminUrl, database, () => runLoad('http', plan(server, measure)));
        cpu[side].push(used);
        context.log(`    ${side} CPU per page: server ${used.server.toFixed(0)} µs, PostgreSQL ${used.database.toFixed(0)} µs`);
        return load;
      };
      const measured = await interleaved(rounds, { api: measuredWithCpu('api', api.server), reference: measuredWithCpu('reference', reference) }, context.log);
      const name = `HOT feed page, ${READERS} readers, scale ${api.data.scale}`;
      const figures = loadFigures(name, measured.api, 'graphql-http + pg, hand-written SQL', measured.reference, { throughput: 1.0 });
      figures.push(...cpuFigures(name, cpu.api, 'graphql-http + pg, hand-written SQL', cpu.reference));
      figures.push({
        scenario: name,
        metric: 'p99 vs goal',
        unit: 'ms',
        value: round(measured.api.p99),
        referenceName: `${P99_GOAL_MS} ms goal`,
        reference: P99_GOAL_MS,
        better: 'lower',
        goal: { ratio: 1, comparison: '<=' },
        ...(same ? {} : { note: 'ERROR: the API and the reference answered different pages' }),
      });
      if (api.data.seedSeconds !== null) figures.push(seedingFigure(api.data.scale, api.data.seedSeconds));
      return figures;
    } finally {
      await reference.stop();
    }
  },
};
export default scenario;

/** The goal is scale 10 seeded in under 10 minutes; other scales are held to it pro rata. */
function seedingFigure(scale: number, seconds: number): BenchFigure {
  return {
    scenario: `seeding ${scale} × Fiat Mio (npm run seed)`,
    metric: 'time',
    unit: 's',
    value: round(seconds),
    referenceName: `goal: 10 minutes for scale 10, pro rata`,
    reference: round(60 * scale),
    better: 'lower',
    goal: { ratio: 1, comparison: '<=' },
  };
}

/** Both servers must answer the same page, or the comparison means nothing. */
async function sameAnswer(apiUrl: string, referenceUrl: string, challengeId: string, token: string): Promise<boolean> {
  const ask = async (url: string) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: HOT_FEED_QUERY, variables: { c: challengeId } }),
    });
    const body = (await response.json()) as { data?: { ideas: { edges: Array<{ node: unknown }> } } };
    return JSON.stringify(body.data?.ideas.edges.map((edge) => edge.node) ?? body);
  };
  return (await ask(apiUrl)) === (await ask(referenceUrl));
}
