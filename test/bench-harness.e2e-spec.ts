import { Client } from 'pg';
import { mintAccessTokens } from './bench/bench-tokens';
import { discoverScenarios } from './bench/run';
import { CastVoteParams, httpSource, sqlSource } from './bench/sources/cast-vote.source';
import { VoteFixture, createVoteFixture, tallyMismatches } from './bench/vote-fixture';
import { createTestApp, TestApp } from './setup/test-app';

const TEST_JWT_SECRET = 'test-secret-'.padEnd(48, 'x');
const VOTES = 120;

/**
 * The bench compares castVote with "the same SQL transaction through pg": that reference must do
 * the API's work, not less. The same sequence of votes, cast once through the reference's
 * statements and once through GraphQL, must leave the same votes and exact tallies.
 */
describe('bench harness', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const params = async (fixture: VoteFixture, hot: boolean): Promise<CastVoteParams> => ({
    ideaIds: fixture.ideaIds,
    voterIds: fixture.voterIds,
    tokens: await mintAccessTokens(t.databaseUrl, fixture.voterIds, TEST_JWT_SECRET),
    hot,
  });

  /** Votes as (voter index, idea index, value): comparable across two fixtures. */
  const votesOf = async (fixture: VoteFixture) => {
    const rows = (await t.sql(`SELECT idea_id, user_id, value FROM vote WHERE idea_id = ANY($1::uuid[])`, [fixture.ideaIds])) as Array<{
      idea_id: string;
      user_id: string;
      value: number;
    }>;
    return rows.map((row) => `${fixture.voterIds.indexOf(row.user_id)}:${fixture.ideaIds.indexOf(row.idea_id)}:${row.value}`).sort();
  };

  it.each([false, true])('the raw-SQL castVote reference casts the same votes as the API (hot idea: %s)', async (hot) => {
    const viaSql = await createVoteFixture(t.databaseUrl, 8, 12);
    const viaApi = await createVoteFixture(t.databaseUrl, 8, 12);

    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      const next = sqlSource(await params(viaSql, hot));
      for (let i = 0; i < VOTES; i++) await next()(client);
    } finally {
      await client.end();
    }

    const next = httpSource(await params(viaApi, hot));
    for (let i = 0; i < VOTES; i++) {
      const { body, token } = next();
      const answer = (await (
        await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body })
      ).json()) as { data?: { castVote: { viewerVote: string } }; errors?: unknown };
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.castVote.viewerVote).toBe((JSON.parse(body) as { variables: { value: string } }).variables.value);
    }

    const [sqlVotes, apiVotes] = [await votesOf(viaSql), await votesOf(viaApi)];
    expect(sqlVotes.length).toBeGreaterThan(hot ? 10 : 50);
    expect(sqlVotes).toEqual(apiVotes);
    expect(await tallyMismatches(t.databaseUrl, viaSql.challengeId)).toBe(0);
    expect(await tallyMismatches(t.databaseUrl, viaApi.challengeId)).toBe(0);
    // …and the same ledger entries: one per new vote, and each voter's licence acceptance.
    const ledgerOf = async (fixture: VoteFixture) =>
      (await t.sql(`SELECT kind, count(*)::int AS n FROM contribution WHERE challenge_id = $1 GROUP BY kind ORDER BY kind`, [fixture.challengeId])) as unknown[];
    expect(await ledgerOf(viaSql)).toEqual(await ledgerOf(viaApi));
    expect(await ledgerOf(viaApi)).toEqual(expect.arrayContaining([{ kind: 'VOTE_CAST', n: expect.any(Number) }, { kind: 'LICENCE_ACCEPTED', n: 12 }]));
    // 240 votes one after another and two fixtures: 4 s alone, past 60 s once beside another spec file in CI.
  }, 180_000);

  it('finds the scenarios in test/bench/scenarios and refuses an unknown --only name', () => {
    expect(discoverScenarios().map(({ file }) => file)).toEqual(expect.arrayContaining(['cast-vote', 'hot-feed', 'search', 'memory']));
    expect(discoverScenarios(['memory']).map(({ scenario }) => scenario.name)).toEqual(['memory']);
    expect(() => discoverScenarios(['nope'])).toThrow(/no scenario named nope; there are: cast-vote/);
  });
});
