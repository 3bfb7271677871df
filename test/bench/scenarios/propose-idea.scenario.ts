import { Client } from 'pg';
import { OUTBOX_CONSUMERS } from '@pollen/config';
import { loadEvaluationSet } from '@pollen/sentiment';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { createBenchDatabase, dropBenchDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { durations, interleaved, loadFigures, round } from '../bench-units';
import { ChildServer, startApi } from '../child-server';
import { LoadResult, runLoad } from '../load';
import type { ProposeIdeaParams } from '../sources/propose-idea.source';
import { createVoteFixture } from '../vote-fixture';

const CONNECTIONS = 16;
const AUTHORS = 400;
const SOURCE = 'sources/propose-idea.source.ts';
/** Every consumer but the labeller: what an instance runs when another one is given the labelling. */
const WITHOUT_LABELLER = OUTBOX_CONSUMERS.filter((name) => name !== 'sentiment').join(',');

interface Side {
  url: string;
  server: ChildServer;
  challengeId: string;
  tokens: string[];
}

/**
 * proposeIdea over GraphQL, 16 concurrent authors, each idea's body a comment-like text from the
 * English evaluation set: the API labelling every idea as it comes (all its outbox consumers, the
 * default) beside the same build with the labeller given to another instance
 * (POLLEN_CONSUMERS without `sentiment`), in turns, each on a database of its own. Labelling is
 * off the request path; this says what it costs the writes when it runs in the same process, and
 * how far behind the writes the labeller was when they stopped.
 */
const scenario: BenchScenario = {
  name: 'propose-idea',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { warmup, measure: seconds } = durations(context.quick);
    // Odd, so the last turn is the labelling side's; more than the usual three, as the two sides are close.
    const rounds = context.quick ? 3 : 5;
    const texts = loadEvaluationSet('en').map(({ text }) => text);
    const sides: Side[] = [];
    let measured: Record<'labelling' | 'elsewhere', LoadResult>;
    let catchUp: { seconds: number; ideas: number; labelled: number };
    try {
      for (const consumers of ['true', WITHOUT_LABELLER]) sides.push(await prepareSide(context, consumers));
      const [labelling, elsewhere] = sides;
      const load = (side: Side, tag: string, durationSeconds: number) =>
        runLoad('http', {
          url: `${side.server.url}/graphql`,
          connections: CONNECTIONS,
          durationSeconds,
          source: { module: SOURCE, params: { challengeId: side.challengeId, tokens: side.tokens, texts, tag } satisfies ProposeIdeaParams },
        });
      await load(labelling, 'warm', warmup);
      await load(elsewhere, 'warm', warmup);
      context.log(`proposeIdea: the API labelling each idea beside the API with the labeller elsewhere, ${rounds} rounds each`);
      measured = await interleaved(
        rounds,
        // In turns, each side first every other round; an odd number of rounds ends on the labelling
        // side, so the labeller's lag is read right after its writes.
        { elsewhere: (r: number) => load(elsewhere, `r${r}`, seconds), labelling: (r: number) => load(labelling, `r${r}`, seconds) },
        context.log,
        { alternate: true },
      );
      catchUp = await waitForLabels(labelling);
    } finally {
      for (const side of sides) {
        await side.server.stop();
        await dropBenchDatabase(context.adminUrl, side.url);
      }
    }
    const name = `proposeIdea, ${CONNECTIONS} authors, the API labelling each idea`;
    return [
      ...loadFigures(name, measured.labelling, 'the same API, labeller on another instance', measured.elsewhere, { throughput: 0.9 }),
      {
        scenario: name,
        metric: 'labeller behind the writes when they stopped',
        unit: 's',
        value: round(catchUp.seconds),
        referenceName: `one measuring round (${seconds} s)`,
        reference: seconds,
        better: 'lower',
        ...(catchUp.labelled < catchUp.ideas ? { note: `ERROR: ${catchUp.ideas - catchUp.labelled} of ${catchUp.ideas} ideas still unlabelled after 60 s` } : {}),
      },
    ];
  },
};
export default scenario;

async function prepareSide(context: BenchContext, consumers: string): Promise<Side> {
  const url = await createBenchDatabase(context.adminUrl);
  try {
    const fixture = await createVoteFixture(url, 1, AUTHORS);
    const server = await startApi({ databaseUrl: url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_CONSUMERS: consumers } });
    return { url, server, challengeId: fixture.challengeId, tokens: await mintAccessTokens(url, fixture.voterIds) };
  } catch (error) {
    await dropBenchDatabase(context.adminUrl, url);
    throw error;
  }
}

/** Seconds from the end of the last write until every idea the load proposed has its label (at most 60). */
async function waitForLabels(side: Side): Promise<{ seconds: number; ideas: number; labelled: number }> {
  const client = new Client({ connectionString: side.url });
  await client.connect();
  const started = performance.now();
  try {
    for (;;) {
      const [row] = (await client.query<{ ideas: number; labelled: number }>(
        `SELECT count(*)::int AS ideas, count(s.target_id)::int AS labelled
           FROM idea i LEFT JOIN content_sentiment s ON s.target_kind = 'IDEA' AND s.target_id = i.id
          WHERE i.challenge_id = $1 AND i.title NOT LIKE 'Bench idea %' -- the fixture's own, written without an event`,
        [side.challengeId],
      )).rows;
      const elapsed = (performance.now() - started) / 1000;
      if (row.labelled >= row.ideas || elapsed > 60) return { seconds: elapsed, ...row };
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    await client.end();
  }
}
