import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { createBenchDatabase, dropBenchDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { durations, interleaved, loadFigures, round } from '../bench-units';
import { ChildServer, startApi } from '../child-server';
import { LoadResult, runLoad } from '../load';
import type { CastVoteParams } from '../sources/cast-vote.source';
import { VoteFixture, createVoteFixture, tallyMismatches } from '../vote-fixture';

const IDEAS = 10_000;
const CONNECTIONS = 32;
/** Voters rotate through this many accounts per round; the warm-up uses others, so its votes never collide. */
const VOTERS = 1_000;
const WARMUP_VOTERS = 200;
const SOURCE = 'sources/cast-vote.source.ts';

interface VoteRun {
  api: LoadResult;
  sql: LoadResult;
  mismatches: number;
}

type Load = (round: number) => Promise<LoadResult>;

/** One case (spread or hot idea): its two databases, the API on one, and a load per side. */
interface VoteCase {
  sql: Load;
  api: Load;
  mismatches(): Promise<number>;
  close(): Promise<void>;
}

/**
 * Scenarios 1 and 2: castVote over GraphQL with 32 concurrent voters, spread over 10,000 ideas
 * and all on one hot idea, each beside the same transaction sent straight through pg. Each side
 * has a fresh database, so none inherits another's votes; the four loads run in turns, round
 * after round, so the hot-idea/spread ratio is measured in the same moments too.
 */
const scenario: BenchScenario = {
  name: 'cast-vote',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { rounds } = durations(context.quick);
    const cases: VoteCase[] = [];
    let spread: VoteRun;
    let hot: VoteRun;
    try {
      cases.push(await prepareCase(context, false), await prepareCase(context, true));
      const [spreadCase, hotCase] = cases;
      context.log(`castVote: the same SQL through pg and the GraphQL API, spread and on one hot idea, ${rounds} rounds each`);
      const sides = { spreadSql: spreadCase.sql, spreadApi: spreadCase.api, hotSql: hotCase.sql, hotApi: hotCase.api };
      const measured = await interleaved(rounds, sides, context.log);
      spread = { sql: measured.spreadSql, api: measured.spreadApi, mismatches: await spreadCase.mismatches() };
      hot = { sql: measured.hotSql, api: measured.hotApi, mismatches: await hotCase.mismatches() };
    } finally {
      for (const voteCase of cases) await voteCase.close();
    }
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

async function prepareCase(context: BenchContext, hot: boolean): Promise<VoteCase> {
  const { warmup, measure: seconds, rounds } = durations(context.quick);
  // Each round has voters of its own: a voter's first vote on an idea in a new round is then a
  // real change, never a repeat of where an earlier round left it.
  const voterSlices = (fixture: VoteFixture) => ({
    warmers: fixture.voterIds.slice(0, WARMUP_VOTERS),
    round: (round: number) => fixture.voterIds.slice(WARMUP_VOTERS + round * VOTERS, WARMUP_VOTERS + (round + 1) * VOTERS),
  });
  const source = (fixture: VoteFixture, voterIds: string[], extra: Partial<CastVoteParams>) => ({
    module: SOURCE,
    params: { ideaIds: fixture.ideaIds, voterIds, tokens: [], hot, ...extra } satisfies CastVoteParams,
  });
  const sqlUrl = await createBenchDatabase(context.adminUrl);
  const apiUrl = await createBenchDatabase(context.adminUrl);
  const dropBoth = async () => {
    await dropBenchDatabase(context.adminUrl, sqlUrl);
    await dropBenchDatabase(context.adminUrl, apiUrl);
  };
  let server: ChildServer;
  let sqlFixture: VoteFixture;
  let apiFixture: VoteFixture;
  try {
    sqlFixture = await createVoteFixture(sqlUrl, IDEAS, WARMUP_VOTERS + rounds * VOTERS);
    apiFixture = await createVoteFixture(apiUrl, IDEAS, WARMUP_VOTERS + rounds * VOTERS);
    server = await startApi({ databaseUrl: apiUrl, jwtSecret: BENCH_JWT_SECRET });
  } catch (error) {
    await dropBoth();
    throw error;
  }
  const [sqlVoters, apiVoters] = [voterSlices(sqlFixture), voterSlices(apiFixture)];
  const fold = { databaseUrl: sqlUrl };
  const sqlLoad = (voterIds: string[], durationSeconds: number) =>
    runLoad('sql', { databaseUrl: sqlUrl, connections: CONNECTIONS, durationSeconds, source: source(sqlFixture, voterIds, fold) });
  const apiLoad = async (voterIds: string[], durationSeconds: number) =>
    runLoad('http', { url: `${server.url}/graphql`, connections: CONNECTIONS, durationSeconds, source: source(apiFixture, voterIds, { tokens: await mintAccessTokens(apiUrl, voterIds) }) });
  const voteCase: VoteCase = {
    sql: (round) => sqlLoad(sqlVoters.round(round), seconds),
    api: (round) => apiLoad(apiVoters.round(round), seconds),
    // Counters plus pending deltas must equal the rows, whether or not the last fold ran.
    mismatches: () => tallyMismatches(apiUrl, apiFixture.challengeId),
    close: async () => {
      await server.stop();
      await dropBoth();
    },
  };
  try {
    await sqlLoad(sqlVoters.warmers, warmup);
    await apiLoad(apiVoters.warmers, warmup);
  } catch (error) {
    await voteCase.close();
    throw error;
  }
  return voteCase;
}
