import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { createBenchDatabase, dropBenchDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { durations, loadFigures, round } from '../bench-units';
import { startApi } from '../child-server';
import { LoadResult, runLoad } from '../load';
import type { CastVoteParams } from '../sources/cast-vote.source';
import { createVoteFixture, tallyMismatches } from '../vote-fixture';

const IDEAS = 10_000;
const CONNECTIONS = 32;
/** Voters rotate through this many accounts; the warm-up uses others, so its votes never collide. */
const VOTERS = 1_000;
const WARMUP_VOTERS = 200;
const SOURCE = 'sources/cast-vote.source.ts';

interface VoteRun {
  api: LoadResult;
  sql: LoadResult;
  mismatches: number;
}

/**
 * Scenarios 1 and 2: castVote over GraphQL with 32 concurrent voters, spread over 10,000 ideas
 * and all on one hot idea, each beside the same transaction sent straight through pg. Each
 * measurement gets a fresh database, so no run inherits another's votes.
 */
const scenario: BenchScenario = {
  name: 'cast-vote',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const spread = await measure(context, false);
    const hot = await measure(context, true);
    const spreadName = `castVote, ${CONNECTIONS} voters on ${IDEAS.toLocaleString('en')} ideas`;
    const hotName = `castVote, ${CONNECTIONS} voters on one hot idea`;
    const mismatchLine = (name: string, run: VoteRun): BenchFigure => ({
      scenario: name,
      metric: 'tally mismatches',
      unit: 'ideas',
      value: run.mismatches,
      referenceName: 'vote rows',
      reference: null,
      better: 'lower',
      ...(run.mismatches > 0 ? { note: 'ERROR: tallies differ from the vote rows' } : {}),
    });
    return [
      ...loadFigures(spreadName, spread.api, 'same SQL transaction through pg', spread.sql, { throughput: 0.5 }),
      mismatchLine(spreadName, spread),
      {
        scenario: hotName,
        metric: 'throughput vs spread',
        unit: 'req/s',
        value: round(hot.api.throughput),
        referenceName: 'castVote spread over 10,000 ideas',
        reference: round(spread.api.throughput),
        better: 'higher',
        goal: { ratio: 0.8, comparison: '>=' },
      },
      ...loadFigures(hotName, hot.api, 'same SQL transaction through pg', hot.sql),
      mismatchLine(hotName, hot),
    ];
  },
};
export default scenario;

async function measure(context: BenchContext, hot: boolean): Promise<VoteRun> {
  const { warmup, measure: seconds } = durations(context.quick);
  const label = hot ? 'hot idea' : 'spread';
  const plan = (fixture: { ideaIds: string[]; voterIds: string[] }, voters: string[], extra: Partial<CastVoteParams>) => ({
    connections: CONNECTIONS,
    source: { module: SOURCE, params: { ideaIds: fixture.ideaIds, voterIds: voters, tokens: [], hot, ...extra } satisfies CastVoteParams },
  });

  context.log(`castVote (${label}): raw SQL reference`);
  const sqlUrl = await createBenchDatabase(context.adminUrl);
  let sql: LoadResult;
  try {
    const fixture = await createVoteFixture(sqlUrl, IDEAS, VOTERS + WARMUP_VOTERS);
    const [voters, warmers] = [fixture.voterIds.slice(0, VOTERS), fixture.voterIds.slice(VOTERS)];
    const fold = { databaseUrl: sqlUrl };
    await runLoad('sql', { ...plan(fixture, warmers, fold), databaseUrl: sqlUrl, durationSeconds: warmup });
    sql = await runLoad('sql', { ...plan(fixture, voters, fold), databaseUrl: sqlUrl, durationSeconds: seconds });
  } finally {
    await dropBenchDatabase(context.adminUrl, sqlUrl);
  }

  context.log(`castVote (${label}): GraphQL API`);
  const apiUrl = await createBenchDatabase(context.adminUrl);
  try {
    const fixture = await createVoteFixture(apiUrl, IDEAS, VOTERS + WARMUP_VOTERS);
    const [voters, warmers] = [fixture.voterIds.slice(0, VOTERS), fixture.voterIds.slice(VOTERS)];
    const server = await startApi({ databaseUrl: apiUrl, jwtSecret: BENCH_JWT_SECRET });
    let api: LoadResult;
    try {
      const url = `${server.url}/graphql`;
      await runLoad('http', { ...plan(fixture, warmers, { tokens: mintAccessTokens(warmers) }), url, durationSeconds: warmup });
      api = await runLoad('http', { ...plan(fixture, voters, { tokens: mintAccessTokens(voters) }), url, durationSeconds: seconds });
    } finally {
      await server.stop();
    }
    // Counters plus pending deltas must equal the rows, whether or not the last fold ran.
    return { api, sql, mismatches: await tallyMismatches(apiUrl, fixture.challengeId) };
  } finally {
    await dropBenchDatabase(context.adminUrl, apiUrl);
  }
}
