import { createTestApp, TestApp } from '../setup/test-app';
import { Person, castOf, challenge, joinTeam, person, propose, setPhase, vote } from '../support/co-creation';
import { graphql } from '../gql';
import type { ModerationActionKind } from '../gql/graphql';
import { send } from '../support/graphql';

// What the control room reads beyond the moderation queue: the viewer's brand teams, a brand's
// challenges (DRAFTs to its team), the review board's orders, and the log searched by reason.
describe('control room API: teams, review board and log search', () => {
  let t: TestApp;
  let owner: Person;
  let moderator: Person;
  let stranger: Person;
  let org: string;
  let ch: string;
  const ideas: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, participants: [moderator, stranger], orgId: org } = await castOf(t));
    await joinTeam(t, owner, org, moderator, 'MODERATOR');
    ch = await challenge(t, owner, org);
    const authors = [await person(t), await person(t), await person(t)];
    ideas.loved = await propose(t, authors[0], ch, { title: 'Loved by all', body: 'A wonderful, excellent, great idea.' });
    ideas.split = await propose(t, authors[1], ch, { title: 'Splits the room', body: 'Some like it.' });
    ideas.quiet = await propose(t, authors[2], ch, { title: 'Nobody noticed', body: 'Terrible, awful, horrible bad idea.' });
    const voters = [await person(t), await person(t), await person(t), await person(t)];
    for (const v of voters) await vote(t, v, ideas.loved, 'UP');
    await vote(t, voters[0], ideas.split, 'UP');
    await vote(t, voters[1], ideas.split, 'UP');
    await vote(t, voters[2], ideas.split, 'DOWN');
    await vote(t, voters[3], ideas.split, 'DOWN');
    await setPhase(t, owner, ch, 'VOTING');
    await setPhase(t, owner, ch, 'REVIEW');
    // The board's orders read the folded counters (its indexes), as TOP and HOT do.
    await t.foldCounters();
  });
  afterAll(() => t.close());

  const board = (who: Person, orderBy: string, extra = '') =>
    t.gql(`query($c: ID!, $o: ReviewOrder) { reviewBoard(challengeId: $c, orderBy: $o${extra}) { edges { node { id title } } pageInfo { hasNextPage endCursor } } }`, { c: ch, o: orderBy }, who.token);

  it('lists the brand teams of the viewer, and a brand’s challenges with its DRAFTs for its team only', async () => {
    const draft = await challenge(t, owner, org, 'DRAFT');
    const mine = await send(t, moderator, graphql(`query ControlRoomApiMyOrganizations { myOrganizations { id viewerRole } }`));
    expect(mine.data.myOrganizations).toEqual([{ id: org, viewerRole: 'MODERATOR' }]);
    expect((await send(t, stranger, graphql(`query ControlRoomApiMyOrganizations2 { myOrganizations { id } }`))).data.myOrganizations).toEqual([]);
    expect((await send(t, undefined, graphql(`query ControlRoomApiMyOrganizations3 { myOrganizations { id } }`))).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const list = (who: Person) => send(t, who, graphql(`query ControlRoomApiChallenges($o: ID!) { challenges(organizationId: $o) { edges { node { id } } } }`), { o: org });
    const forTeam = (await list(moderator)).data.challenges.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(forTeam).toEqual(expect.arrayContaining([ch, draft]));
    const forStranger = (await list(stranger)).data.challenges.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(forStranger).toContain(ch);
    expect(forStranger).not.toContain(draft);
    expect((await send(t, undefined, graphql(`query ControlRoomApiChallenges2 { challenges(organizationId: "nope") { edges { node { id } } } }`))).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'organizationId' });
  });

  it('orders the review board by score, by divisiveness and by sentiment, a page at a time', async () => {
    const titles = async (orderBy: string) => (await board(moderator, orderBy)).data.reviewBoard.edges.map((e: { node: { title: string } }) => e.node.title);
    // Score 4, then two at 0: the newer first.
    expect(await titles('SCORE')).toEqual(['Loved by all', 'Nobody noticed', 'Splits the room']);
    expect((await titles('DIVISIVENESS'))[0]).toBe('Splits the room');
    // Sentiment is labelled off the request path: wait for the three labels.
    for (let i = 0; i < 100; i++) {
      const rows = await t.sql(`SELECT count(*)::int AS n FROM content_sentiment WHERE challenge_id = $1 AND target_kind = 'IDEA'`, [ch]);
      if (rows[0].n === 3) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await titles('MOST_POSITIVE'))[0]).toBe('Loved by all');
    expect((await titles('MOST_NEGATIVE'))[0]).toBe('Nobody noticed');

    const first = await send(t, owner, graphql(`query ControlRoomApiReviewBoard($c: ID!) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`), { c: ch });
    expect(first.data.reviewBoard.pageInfo.hasNextPage).toBe(true);
    const next = await send(t, owner, graphql(`query ControlRoomApiReviewBoard2($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: DIVISIVENESS, first: 2, after: $a) { edges { node { id } } pageInfo { hasNextPage } } }`), { c: ch, a: first.data.reviewBoard.pageInfo.endCursor });
    const all = [...first.data.reviewBoard.edges, ...next.data.reviewBoard.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(new Set(all).size).toBe(3);
    expect(next.data.reviewBoard.pageInfo.hasNextPage).toBe(false);
    // A cursor of another order is refused, naming `after`.
    const wrong = await send(t, owner, graphql(`query ControlRoomApiReviewBoard3($c: ID!, $a: String) { reviewBoard(challengeId: $c, orderBy: SCORE, after: $a) { edges { node { id } } } }`), { c: ch, a: first.data.reviewBoard.pageInfo.endCursor });
    expect(wrong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('keeps the review board to the brand team, and filters it by status', async () => {
    const refused = await board(stranger, 'SCORE');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ORGANIZATION_TEAM' });
    expect(refused.data).toBeNull();
    const decided = await send(t, moderator, graphql(`mutation ControlRoomApiDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }`), { i: { ideaId: ideas.split, status: 'SHORTLISTED', reason: 'Worth a closer look' } });
    expect(decided.errors).toBeUndefined();
    const shortlisted = await board(moderator, 'SCORE', ', status: SHORTLISTED');
    expect(shortlisted.data.reviewBoard.edges.map((e: { node: { id: string } }) => e.node.id)).toEqual([ideas.split]);
  });

  it('searches the moderation log by reason, accent- and case-insensitively, and by action', async () => {
    const hide = (id: string, reason: string) =>
      send(t, moderator, graphql(`mutation ControlRoomApiModerate($i: ModerateInput!) { moderate(input: $i) { id } }`), { i: { organizationId: org, action: 'HIDE', reason, targets: [{ targetType: 'IDEA', targetId: id }] } });
    expect((await hide(ideas.quiet, 'Publicité déguisée')).errors).toBeUndefined();
    const log = (search: string | null, action: ModerationActionKind | null = null, who = moderator) =>
      send(t, who, graphql(`query ControlRoomApiModerationLog($o: ID!, $s: String, $a: ModerationActionKind) { moderationLog(organizationId: $o, search: $s, action: $a) { edges { node { action reason targetId } } } }`), { o: org, s: search, a: action });
    const found = await log('PUBLICITE');
    expect(found.data.moderationLog.edges.map((e: { node: { targetId: string } }) => e.node.targetId)).toEqual([ideas.quiet]);
    expect((await log('50%_off')).data.moderationLog.edges).toEqual([]);
    expect((await log(null, 'HIDE')).data.moderationLog.edges).toHaveLength(1);
    expect((await log(null, 'MERGE')).data.moderationLog.edges).toHaveLength(0);
    expect((await log('ab')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search' });
    expect((await log('publicité', null, stranger)).errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ORGANIZATION_TEAM' });
    const plan = await t.sql(
      `EXPLAIN SELECT id FROM moderation_action a WHERE a.organization_id = $1 AND lower(pollen_unaccent(a.reason)) LIKE '%publicite%'`,
      [org],
    );
    expect(plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')).toMatch(/moderation_action_reason_trgm_idx|moderation_action_log_idx/);
  });
});
