import { Client } from 'pg';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, castOf, challenge, comment, person, propose } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const PROFILE = graphql(`query ParticipantProfileParticipant5($id: ID!, $first: Int, $after: String) {
  participant(id: $id) {
    id displayName joinedAt
    ideas(first: $first, after: $after) { edges { cursor node { id title author { id } } } pageInfo { hasNextPage endCursor } }
    comments(first: $first) { edges { node { id body idea { id } } } pageInfo { hasNextPage endCursor } }
    contributions(first: $first) { edges { node { challenge { id title } ideaCount commentCount lastContributedAt } } pageInfo { hasNextPage } }
  }
}`);

describe('profile: a participant’s public profile', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let open: string;
  let other: string;
  let org: string;

  beforeAll(async () => {
    // No outbox consumers here: their polls would be counted with the profile's queries.
    t = await createTestApp({ env: { POLLEN_CONSUMERS: 'false' } });
    ({ owner, participants: [ana, ben], orgId: org, challengeId: open } = await castOf(t, { challenge: 'IDEATION' }));
    other = await challenge(t, owner, org);
  });
  afterAll(() => t.close());

  const profile = async (id: string, viewer?: Person, variables: Record<string, unknown> = {}) => {
    const res = await send(t, viewer?.token, PROFILE, { id, ...variables });
    expect(res.errors).toBeUndefined();
    return res.data.participant;
  };

  it('shows name, join date, ideas, comments and contributions per challenge, newest first, to anyone', async () => {
    const first = await propose(t, ana, open, { title: 'Solar roof panels' });
    const second = await propose(t, ana, other, { title: 'Seats on rails' });
    const benIdea = await propose(t, ben, open, { title: 'Ben’s own idea' });
    expect((await comment(t, ana, benIdea, 'Nice one')).errors).toBeUndefined();
    expect((await comment(t, ana, first, 'Replying to myself')).errors).toBeUndefined();
    expect((await comment(t, ben, first, 'Not Ana’s comment')).errors).toBeUndefined();

    for (const viewer of [undefined, ben, ana]) {
      const p = await profile(ana.id, viewer);
      expect(p.id).toBe(ana.id);
      expect(p.displayName).toMatch(/^User \d+$/);
      expect(Date.parse(p.joinedAt)).toBeLessThanOrEqual(Date.now());
      expect(p.ideas.edges.map((e: any) => e.node.id)).toEqual([second, first]);
      expect(p.comments.edges.map((e: any) => e.node.body)).toEqual(['Replying to myself', 'Nice one']);
      const byChallenge = Object.fromEntries(p.contributions.edges.map((e: any) => [e.node.challenge.id, [e.node.ideaCount, e.node.commentCount]]));
      expect(byChallenge).toEqual({ [open]: [1, 2], [other]: [1, 0] });
      // Latest activity first: the comments on `open` came after the idea in `other`.
      expect(p.contributions.edges[0].node.challenge.id).toBe(open);
    }
  });

  it('never exposes an email: the type has no such field', async () => {
    // A raw string: the schema has no such field, so a typed document could not be written.
    const res = await t.gql(`query($id: ID!) { participant(id: $id) { email } }`, { id: ana.id }, ana.token);
    expect(res.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(res.errors[0].message).toMatch(/Cannot query field "email" on type "Participant"/);
  });

  it('answers NOT_FOUND for an unknown participant and BAD_USER_INPUT naming `id` for a malformed one', async () => {
    const unknown = await send(t, undefined, PROFILE, { id: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', entity: 'Participant' });
    const bad = await send(t, undefined, PROFILE, { id: 'not-a-uuid' });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  it('lists co-authored ideas once accepted, not while only invited', async () => {
    const cara = await person(t);
    const ideaId = await propose(t, ben, open, { title: 'A shared idea' });
    const invite = await send(t, ben, graphql(`mutation ParticipantProfileInviteCoAuthor($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`), { i: ideaId, u: cara.id });
    expect(invite.errors).toBeUndefined();
    expect((await profile(cara.id)).ideas.edges).toEqual([]);
    const accept = await send(t, cara, graphql(`mutation ParticipantProfileRespondToCoAuthorship($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`), { i: ideaId });
    expect(accept.errors).toBeUndefined();
    const p = await profile(cara.id);
    expect(p.ideas.edges.map((e: any) => e.node)).toEqual([{ id: ideaId, title: 'A shared idea', author: { id: ben.id } }]);
    expect(p.contributions.edges[0].node).toMatchObject({ challenge: { id: open }, ideaCount: 1, commentCount: 0 });
  });

  it('leaves out deleted comments', async () => {
    const dan = await person(t);
    const ideaId = await propose(t, ben, open);
    const kept = (await comment(t, dan, ideaId, 'Kept')).data.addComment.id;
    const gone = (await comment(t, dan, ideaId, 'Regretted')).data.addComment.id;
    expect((await send(t, dan, graphql(`mutation ParticipantProfileDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }`), { id: gone })).errors).toBeUndefined();
    const p = await profile(dan.id);
    expect(p.comments.edges.map((e: any) => e.node.id)).toEqual([kept]);
    expect(p.contributions.edges[0].node.commentCount).toBe(1);
  });

  it('counts only what the visibility rule shows: a hidden comment is gone for others, kept for its author', async () => {
    const eve = await person(t);
    const ideaId = await propose(t, ben, other);
    const hidden = (await comment(t, eve, ideaId, 'Buy cheap parts here')).data.addComment.id;
    const hide = await send(t, owner, graphql(`mutation ParticipantProfileModerate($i: ModerateInput!) { moderate(input: $i) { action } }`), { i: { organizationId: org, action: 'HIDE', targets: [{ targetType: 'COMMENT', targetId: hidden }], reason: 'Advertising' } });
    expect(hide.errors).toBeUndefined();
    expect((await profile(eve.id)).contributions.edges).toEqual([]);
    expect((await profile(eve.id, eve)).contributions.edges.map((e: any) => [e.node.challenge.id, e.node.commentCount])).toEqual([[other, 1]]);
  });

  it('hides what they did in a DRAFT challenge from everyone but its team', async () => {
    const eve = await person(t);
    const org = await brand(t, owner);
    const secret = await challenge(t, owner, org);
    const ideaId = await propose(t, eve, secret, { title: 'Inside the draft' });
    expect((await comment(t, eve, ideaId, 'Draft-era comment')).errors).toBeUndefined();
    const visibleIdea = await propose(t, eve, open, { title: 'In the open' });
    // A challenge's content can predate its opening (seeded or imported): the rule is visibility, not history.
    await t.sql(`UPDATE challenge SET phase = 'DRAFT' WHERE id = $1`, [secret]);

    for (const viewer of [undefined, ben, eve]) {
      const p = await profile(eve.id, viewer);
      expect(p.ideas.edges.map((e: any) => e.node.id)).toEqual([visibleIdea]);
      expect(p.comments.edges).toEqual([]);
      expect(p.contributions.edges.map((e: any) => e.node.challenge.id)).toEqual([open]);
    }
    const team = await profile(eve.id, owner);
    expect(team.ideas.edges.map((e: any) => e.node.id)).toEqual([visibleIdea, ideaId]);
    expect(team.comments.edges.map((e: any) => e.node.body)).toEqual(['Draft-era comment']);
    expect(team.contributions.edges.map((e: any) => e.node.challenge.id).sort()).toEqual([open, secret].sort());
  });

  it('pages ideas with cursors and refuses forged cursors and oversized pages', async () => {
    const fay = await person(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push(await propose(t, fay, open, { title: `Fay idea ${i}` }));
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p: any = await profile(fay.id, undefined, { first: 2, after });
      seen.push(...p.ideas.edges.map((e: any) => e.node.id));
      if (!p.ideas.pageInfo.hasNextPage) break;
      after = p.ideas.pageInfo.endCursor;
    }
    expect(seen).toEqual([...ids].reverse());

    const forged = Buffer.from(JSON.stringify(['participantIdeas', 'yesterday', 'x'])).toString('base64url');
    const bad = await send(t, undefined, PROFILE, { id: fay.id, after: forged });
    expect(bad.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    // A feed's cursor is not a profile's.
    const feed = await send(t, undefined, graphql(`query ParticipantProfileIdeas($c: ID!) { ideas(challengeId: $c, orderBy: NEW, first: 1) { pageInfo { endCursor } } }`), { c: open });
    const replayed = await send(t, undefined, PROFILE, { id: fay.id, after: feed.data.ideas.pageInfo.endCursor });
    expect(replayed.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    const big = await send(t, undefined, graphql(`query ParticipantProfileParticipant2($id: ID!) { participant(id: $id) { ideas(first: 101) { edges { node { id } } } } }`), { id: fay.id });
    expect(big.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('prices its lists in the query cost: nested pages of a profile are refused before running', async () => {
    const res = await send(t, undefined, graphql(`query ParticipantProfileParticipant3($id: ID!) { participant(id: $id) { ideas(first: 100) { edges { node { comments(first: 100) { edges { node { id } } } } } } } }`), { id: ana.id });
    expect(res.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
  });

  it('gives their current ownership share per challenge, with the ledger head it was computed from', async () => {
    const hal = await person(t);
    const org = await brand(t, owner);
    const own = await challenge(t, owner, org);
    const ideaId = await propose(t, hal, own, { title: 'Hal’s idea' });
    expect((await comment(t, ben, ideaId, 'Ben comments')).errors).toBeUndefined();
    await t.sealLedger();
    const SHARE = graphql(`query ParticipantProfileParticipant6($id: ID!) { participant(id: $id) { contributions { edges { node { challenge { id } ownership { points shareBasisPoints rank participantCount ledgerHead { seq hash } } } } } } }`);
    const res = await send(t, undefined, SHARE, { id: hal.id });
    expect(res.errors).toBeUndefined();
    const [edge] = res.data.participant.contributions.edges;
    const statement = await send(t, undefined, graphql(`query ParticipantProfileOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c) { ledgerHead { seq hash } participantCount edges { node { participant { id } points shareBasisPoints } } } }`), { c: own });
    const shares = statement.data.ownershipStatement.edges.map((e: any) => e.node);
    const rank = shares.findIndex((n: any) => n.participant.id === hal.id);
    expect(edge.node).toEqual({
      challenge: { id: own },
      ownership: {
        points: shares[rank].points,
        shareBasisPoints: shares[rank].shareBasisPoints,
        rank: rank + 1,
        participantCount: statement.data.ownershipStatement.participantCount,
        ledgerHead: statement.data.ownershipStatement.ledgerHead,
      },
    });
    expect(edge.node.ownership!.shareBasisPoints).toBeGreaterThan(0);
    // A statement is a computation over the whole ledger: a page of them is priced as such.
    const many = await send(t, undefined, graphql(`query ParticipantProfileParticipant4($id: ID!) { participant(id: $id) { contributions(first: 100) { edges { node { ownership { rank } } } } } }`), { id: hal.id });
    expect(many.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
  });

  it('reads a page of a profile in a fixed number of SQL queries, whatever its size', async () => {
    const gus = await person(t);
    for (let i = 0; i < 12; i++) {
      const id = await propose(t, gus, i % 2 ? open : other, { title: `Gus idea ${i}` });
      expect((await comment(t, gus, id, `Note ${i}`)).errors).toBeUndefined();
    }
    const spy = jest.spyOn(Client.prototype, 'query');
    const queriesFor = async (first: number) => {
      spy.mockClear();
      const p = await profile(gus.id, ben, { first });
      expect(p.ideas.edges).toHaveLength(first);
      expect(p.comments.edges).toHaveLength(first);
      // The relay's own connection wakes on the writes' notifications; it is not this request's.
      return spy.mock.contexts.filter((client: any) => client.connectionParameters?.application_name !== 'pollen-relay').length;
    };
    await queriesFor(2); // connections the pool opens on the way set their session up
    // The fewest of three reads each: the app's background jobs (folds, the sealer, sentiment) query
    // the same pool now and then and can only add to a count, while a query per row would be in every one.
    const fewest = async (first: number) => Math.min(await queriesFor(first), await queriesFor(first), await queriesFor(first));
    const small = await fewest(2);
    const large = await fewest(12);
    spy.mockRestore();
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(10);
  });
});
