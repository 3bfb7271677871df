import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { ContributionKind, GENESIS_HASH, UnsealedEntry, entryHash } from '../../../libs/ledger/src';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { adminQuery, createBenchDatabase, dropBenchDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { durations, interleaved, loadFigures, median, round } from '../bench-units';
import { ROOT, startApi } from '../child-server';
import { runLoad } from '../load';
import { readScale, seededDatabase } from '../seeded-database';
import type { CastVoteParams } from '../sources/cast-vote.source';
import { VoteFixture, createVoteFixture } from '../vote-fixture';

const run = promisify(execFile);
const CONNECTIONS = 32;
const IDEAS = 10_000;
const VOTERS = 1_000;
const SOURCE = 'sources/cast-vote.source.ts';
const STATEMENT = `query($c: ID!, $pool: String) { ownershipStatement(challengeId: $c, pool: $pool, first: 20) {
  ledgerHead { seq } participantCount edges { node { participant { id } points shareBasisPoints payout } } } }`;

/**
 * Scenario 5, the contribution ledger:
 * - what the ledger costs the vote path: the castVote transaction with and without its ledger
 *   entry, straight through pg (the database's ceiling for each), 32 voters on 10,000 ideas;
 * - whether the sealer keeps up: entries hash-chained per second by the API's sealer, beside the
 *   rate at which the vote path can write them;
 * - the ownership statement of the seeded challenge (170,000 participants at scale 10): the API
 *   computing it cold, beside PostgreSQL summing the same tallies;
 * - `npm run ledger -- verify` over the seeded chain, beside the bare hashing of as many entries.
 */
const scenario: BenchScenario = {
  name: 'ledger',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const votePath = await measureVotePath(context);
    const sealing = await measureSealer(context, votePath.with.throughput);
    return [
      ...loadFigures(`vote transaction with its ledger entry, ${CONNECTIONS} voters, through pg`, votePath.with, 'the same transaction without the ledger', votePath.without, { throughput: 0.85 }),
      sealing,
      ...(await measureStatementAndVerify(context)),
    ];
  },
};
export default scenario;

async function measureVotePath(context: BenchContext) {
  const { warmup, measure, rounds } = durations(context.quick);
  context.log(`ledger: the vote transaction with and without its ledger entry, ${rounds} rounds each`);
  const urls = { with: await createBenchDatabase(context.adminUrl), without: await createBenchDatabase(context.adminUrl) };
  try {
    const fixtures: Record<'with' | 'without', VoteFixture> = {
      with: await createVoteFixture(urls.with, IDEAS, (rounds + 1) * VOTERS),
      without: await createVoteFixture(urls.without, IDEAS, (rounds + 1) * VOTERS),
    };
    // Voters of their own per round: every vote is a first vote, the case that writes an entry.
    const load = (side: 'with' | 'without', round: number, seconds: number) =>
      runLoad('sql', {
        databaseUrl: urls[side],
        connections: CONNECTIONS,
        durationSeconds: seconds,
        source: {
          module: SOURCE,
          params: {
            ideaIds: fixtures[side].ideaIds,
            voterIds: fixtures[side].voterIds.slice(round * VOTERS, (round + 1) * VOTERS),
            tokens: [],
            hot: false,
            databaseUrl: urls[side],
            withoutLedger: side === 'without',
          } satisfies CastVoteParams,
        },
      });
    await load('with', rounds, warmup);
    await load('without', rounds, warmup);
    return await interleaved(rounds, { with: (r) => load('with', r, measure), without: (r) => load('without', r, measure) }, context.log);
  } finally {
    await dropBenchDatabase(context.adminUrl, urls.with);
    await dropBenchDatabase(context.adminUrl, urls.without);
  }
}

/** Commits a backlog of unsealed vote entries under a running API and times its sealer through it. */
async function measureSealer(context: BenchContext, writeRate: number): Promise<BenchFigure> {
  const entries = context.quick ? 100_000 : 400_000;
  const url = await createBenchDatabase(context.adminUrl);
  try {
    const fixture = await createVoteFixture(url, 100, Math.ceil(entries / 100));
    const server = await startApi({ databaseUrl: url, jwtSecret: BENCH_JWT_SECRET });
    try {
      await waitUnsealed(url, fixture.challengeId);
      context.log(`ledger: the sealer chains a backlog of ${entries.toLocaleString('en')} committed entries`);
      await adminQuery(
        url,
        `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, points)
         SELECT $1, 'VOTE_CAST', v.id, i.id, 500
           FROM (SELECT id, row_number() OVER () AS n FROM unnest($2::uuid[]) AS id) v, unnest($3::uuid[]) AS i(id)
          WHERE v.n <= $4`,
        [fixture.challengeId, fixture.voterIds, fixture.ideaIds, Math.ceil(entries / fixture.ideaIds.length)],
      );
      const started = performance.now();
      await waitUnsealed(url, fixture.challengeId);
      const rate = entries / ((performance.now() - started) / 1000);
      return {
        scenario: 'ledger sealer (hash chain, heads, statement tallies), one instance',
        metric: 'entries sealed per second',
        unit: 'entries/s',
        value: round(rate),
        referenceName: 'ledger entries/s the vote transaction writes at its ceiling (above)',
        reference: round(writeRate),
        better: 'higher',
        goal: { ratio: 1, comparison: '>=' },
        note: 'the sealer must outrun the writers',
      };
    } finally {
      await server.stop();
    }
  } finally {
    await dropBenchDatabase(context.adminUrl, url);
  }
}

/** Until the sealer has chained every committed entry of the challenge. */
async function waitUnsealed(url: string, challengeId: string): Promise<void> {
  for (;;) {
    const [row] = await adminQuery<{ n: number }>(url, `SELECT count(*)::int AS n FROM contribution WHERE challenge_id = $1 AND seq IS NULL`, [challengeId]);
    if (row.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function measureStatementAndVerify(context: BenchContext): Promise<BenchFigure[]> {
  const scale = readScale(context);
  const data = await seededDatabase(context, scale);
  const [{ participants, entries }] = await adminQuery<{ participants: number; entries: number }>(
    data.url,
    `SELECT (SELECT count(DISTINCT participant_id)::int FROM ownership_direct WHERE challenge_id = $1) AS participants,
            (SELECT seq::int FROM ledger_head WHERE challenge_id = $1) AS entries`,
    [data.challengeId],
  );
  const samples = context.quick ? 2 : 3;
  context.log(`ledger: the statement of ${participants.toLocaleString('en')} participants, cold, ${samples} API starts`);
  const cold: number[] = [];
  const pooled: number[] = [];
  const sums: number[] = [];
  for (let i = 0; i < samples; i++) {
    // A fresh API has nothing cached: its first request computes the statement.
    const server = await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET });
    try {
      const [token] = await mintAccessTokens(data.url, data.readerIds.slice(0, 1));
      cold.push(await timedStatement(server.url, token, data.challengeId, null));
      pooled.push(await timedStatement(server.url, token, data.challengeId, '10000000000'));
    } finally {
      await server.stop();
    }
    sums.push(await timedSum(data.url, data.challengeId));
  }
  context.log(`ledger: npm run ledger -- verify over ${entries.toLocaleString('en')} entries`);
  const verifyStarted = performance.now();
  const verified = await run(process.execPath, [join(ROOT, 'dist', 'apps', 'ledger', 'src', 'main.js'), 'verify', '--challenge', data.challengeId], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: data.url, LOG_LEVEL: 'error' },
    maxBuffer: 1 << 20,
  }).catch((error: { stdout?: string; message: string }) => ({ stdout: `FAIL ${error.stdout ?? error.message}` }));
  const verifySeconds = (performance.now() - verifyStarted) / 1000;
  const hashSeconds = hashingFloor(entries);
  const name = `ownership statement, ${participants.toLocaleString('en')} participants (scale ${scale})`;
  return [
    { scenario: name, metric: 'cold, over GraphQL', unit: 'ms', value: round(median(cold)), referenceName: 'PostgreSQL summing the same tallies', reference: round(median(sums)), better: 'lower' },
    { scenario: name, metric: 'payouts of a pool, statement cached', unit: 'ms', value: round(median(pooled)), referenceName: 'the cold statement', reference: round(median(cold)), better: 'lower' },
    {
      scenario: `npm run ledger -- verify, ${entries.toLocaleString('en')} entries (scale ${scale})`,
      metric: 'time',
      unit: 's',
      value: round(verifySeconds),
      referenceName: 'hashing as many entries in one process',
      reference: round(hashSeconds),
      better: 'lower',
      ...(verified.stdout.startsWith('ok') ? {} : { note: `ERROR: ${verified.stdout.trim().slice(0, 200)}` }),
    },
  ];
}

async function timedStatement(url: string, token: string, challengeId: string, pool: string | null): Promise<number> {
  const started = performance.now();
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: STATEMENT, variables: { c: challengeId, pool } }),
  });
  const body = (await response.json()) as { errors?: Array<{ message: string }> };
  if (body.errors) throw new Error(`ownershipStatement failed: ${body.errors[0].message}`);
  return performance.now() - started;
}

/** The database's floor: each participant's total from the same tallies, ranked, in one query. */
async function timedSum(url: string, challengeId: string): Promise<number> {
  const started = performance.now();
  await adminQuery(
    url,
    `SELECT participant_id, sum(points) AS points FROM (
       SELECT participant_id, points * 10000 AS points FROM ownership_direct WHERE challenge_id = $1
       UNION ALL
       SELECT a.participant_id, i.points * a.share_bp FROM ownership_idea i JOIN ownership_authorship a USING (challenge_id, idea_id) WHERE i.challenge_id = $1
     ) t GROUP BY participant_id ORDER BY 2 DESC, 1`,
    [challengeId],
  );
  return performance.now() - started;
}

/** Seconds to hash `count` canonical entries here: the floor of any verification of the chain. */
function hashingFloor(count: number): number {
  const sample = Math.min(count, 200_000);
  const entry: UnsealedEntry = {
    challengeId: '6b0f3c1e-0000-4000-8000-000000000000',
    id: '6b0f3c1e-0000-4000-8000-000000000001',
    kind: ContributionKind.VOTE_CAST,
    participantId: '6b0f3c1e-0000-4000-8000-000000000002',
    ideaId: '6b0f3c1e-0000-4000-8000-000000000003',
    commentId: null,
    points: 500n,
    compensates: null,
    detail: {},
    occurredAt: new Date(),
  };
  let hash = GENESIS_HASH;
  const started = performance.now();
  for (let i = 1; i <= sample; i++) hash = entryHash(hash, entry, BigInt(i));
  return ((performance.now() - started) / 1000) * (count / sample);
}
