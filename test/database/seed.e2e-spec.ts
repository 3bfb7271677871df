import { SEEDED_PASSWORD, SeedRefused, seed } from '../../apps/seed/src/seed';
import { createTestApp, TestApp } from '../setup/test-app';
import { graphql } from '../gql';
import { send } from '../support/graphql';

describe('npm run seed: a Fiat Mio-shaped dataset by COPY', () => {
  let t: TestApp;
  let challengeId: string;
  let ownerEmail: string;
  beforeAll(async () => {
    t = await createTestApp();
    ({ challengeId, ownerEmail } = await seed(t.databaseUrl, { scale: 0.05 }));
  }, 60_000);
  afterAll(() => t.close());

  it('writes the expected volumes with the same invariants as the API', async () => {
    const [counts] = await t.sql(`SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM idea) AS ideas,
      (SELECT count(*)::int FROM comment) AS comments, (SELECT count(*)::int FROM vote) AS votes`);
    expect(counts).toEqual({ users: 850, ideas: 550, comments: 5_500, votes: 30_000 });
    const [broken] = await t.sql(`SELECT
      (SELECT count(*)::int FROM idea i WHERE upvotes <> (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND value = 1)
          OR downvotes <> (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND value = -1)
          OR comment_count <> (SELECT count(*) FROM comment c WHERE c.idea_id = i.id)) AS tallies,
      (SELECT count(*)::int FROM comment c WHERE reply_count <> (SELECT count(*) FROM comment r WHERE r.parent_id = c.id)) AS replies,
      (SELECT count(*)::int FROM idea i WHERE revision <> (SELECT max(revision) FROM idea_revision r WHERE r.idea_id = i.id)) AS revisions,
      (SELECT count(*)::int FROM vote v JOIN idea i ON i.id = v.idea_id WHERE v.user_id = i.author_id) AS self_votes`);
    expect(broken).toEqual({ tallies: 0, replies: 0, revisions: 0, self_votes: 0 });
  });

  it('gives the brand a moderation load: reports, holds, dismissals, rules and a suspension, in the queue', async () => {
    const [load] = await t.sql(`SELECT
      (SELECT count(*)::int FROM moderation_report) AS reports,
      (SELECT count(*)::int FROM idea WHERE visibility = 'HELD') AS held,
      (SELECT count(*)::int FROM moderation_item WHERE state = 'HELD') AS held_items,
      (SELECT count(*)::int FROM moderation_action WHERE action = 'AUTO_HOLD') AS holds,
      (SELECT count(*)::int FROM moderation_action WHERE action = 'DISMISS') AS dismissals,
      (SELECT count(*)::int FROM moderation_rule) AS rules,
      (SELECT count(*)::int FROM organization_suspension) AS suspensions`);
    expect(load.reports).toBeGreaterThan(20);
    expect(load.held).toBeGreaterThan(0);
    expect(load).toMatchObject({ held_items: load.held, holds: load.held, rules: 2, suspensions: 1 });
    const login = await send(t, undefined, graphql(`mutation SeedLogin($i: LoginInput!) { login(input: $i) { accessToken } }`), { i: { email: ownerEmail, password: SEEDED_PASSWORD } });
    const [{ id: org }] = await t.sql(`SELECT organization_id AS id FROM challenge WHERE id = $1`, [challengeId]);
    const queue = await send(t, login.data.login.accessToken, graphql(`query SeedModerationQueue($o: ID!) { moderationQueue(organizationId: $o, first: 5) { counts { REPORTED HELD } edges { node { state } } } }`), { o: org });
    expect(queue.data.moderationQueue.counts.HELD).toBe(load.held);
    expect(queue.data.moderationQueue.edges).toHaveLength(5);
  });

  it('has a power law of popularity, several languages and lineage several generations deep', async () => {
    const [shape] = await t.sql(`
      WITH ranked AS (SELECT upvotes + downvotes AS v, row_number() OVER (ORDER BY upvotes + downvotes DESC) AS r FROM idea)
      SELECT (SELECT sum(v) FILTER (WHERE r <= 55)::float / sum(v) FROM ranked) AS top_tenth_share,
             (SELECT count(DISTINCT ts_config)::int FROM idea) AS languages`);
    expect(shape.top_tenth_share).toBeGreaterThan(0.5);
    expect(shape.languages).toBe(3);
    const [depth] = await t.sql(`
      WITH RECURSIVE chain(idea_id, depth) AS (
        SELECT idea_id, 1 FROM idea_lineage
        UNION ALL
        SELECT l.idea_id, c.depth + 1 FROM idea_lineage l JOIN chain c ON l.parent_id = c.idea_id WHERE c.depth < 20
      ) SELECT max(depth)::int AS generations FROM chain`);
    expect(depth.generations).toBeGreaterThanOrEqual(3);
  });

  it('serves the seeded challenge through the API', async () => {
    const res = await send(t, undefined, graphql(`query SeedIdeas($c: ID!) { ideas(challengeId: $c, orderBy: TOP, first: 3) { edges { node { score upvotes commentCount author { displayName } } } } }`), { c: challengeId });
    const top = res.data.ideas.edges.map((e: { node: { score: number } }) => e.node.score);
    expect(top).toEqual([...top].sort((a: number, b: number) => b - a));
    const search = await send(t, undefined, graphql(`query SeedIdeas2($c: ID!) { ideas(challengeId: $c, search: "bateria", first: 5) { edges { node { title } } } }`), { c: challengeId });
    expect(search.data.ideas.edges.length).toBeGreaterThan(0);
  });

  it('writes the sealed ledger of the seeded history, which verifies, and its statement', async () => {
    const login = await send(t, undefined, graphql(`mutation SeedLogin2($i: LoginInput!) { login(input: $i) { accessToken } }`), { i: { email: ownerEmail, password: SEEDED_PASSWORD } });
    const verified = await send(t, login.data.login.accessToken, graphql(`query SeedLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }`), { c: challengeId });
    expect(verified.data.ledgerVerification).toMatchObject({ ok: true, problem: null });
    // POLICY, one licence acceptance per participant, then every idea, link, comment and vote.
    const [expected] = await t.sql(`SELECT 1 + (SELECT count(*) FROM idea) + (SELECT count(*) FROM idea_lineage) + (SELECT count(*) FROM comment)
      + (SELECT count(*) FROM vote) + (SELECT count(*) FROM licence_acceptance) AS n`);
    expect(verified.data.ledgerVerification.entries).toBe(Number(expected.n));
    expect(await t.sealLedger()).toBe(0);
    const statement = await send(t, undefined, graphql(`query SeedOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 3) { participantCount edges { node { shareBasisPoints } } } }`), { c: challengeId });
    expect(statement.data.ownershipStatement.participantCount).toBeGreaterThan(500);
  });

  it('refuses a database that already holds data unless forced', async () => {
    await expect(seed(t.databaseUrl, { scale: 0.001 })).rejects.toThrow(SeedRefused);
    await expect(seed(t.databaseUrl, { scale: 0.001 })).rejects.toThrow(/already holds data \(850 users\).*--force/);
    const forced = await seed(t.databaseUrl, { scale: 0.001, force: true, seed: 7 });
    expect(forced.rows.app_user).toBe(17);
  });
});
