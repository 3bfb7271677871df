import { createTestApp, TestApp } from '../setup/test-app';
import { Person, challenge, comment, person, propose } from '../support/co-creation';
import { ModerationStage, moderationStage } from '../support/moderation';
import { connected, join, record, until } from '../support/sockets';
import { graphql } from '../gql';
import type { ModerationItemState } from '../gql/graphql';
import { send } from '../support/graphql';

const THREAD = graphql(`query ModerationPathsIdea2($id: ID!) { idea(id: $id) { commentCount comments { edges { node { id moderationState stance } } } } }`);

describe('moderation: comments, participants, pre-moderated comments, events and stance', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;

  const queueItem = async (targetId: string, states?: ModerationItemState[]) => {
    const res = await send(t, owner, graphql(`query ModerationPathsModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 100) { edges { node { targetType targetId state reporterCount author { id } comment { id } idea { id } } } } }`), { o: org, f: states ? { states } : null });
    return res.data.moderationQueue.edges.map((e: any) => e.node).find((n: any) => n.targetId === targetId);
  };

  let report: ModerationStage['report'];
  let established: ModerationStage['established'];

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, org, ch, report, established } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('holds a comment reported by three participants in good standing: out of the thread and the count, seen by its author', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const idea = await propose(t, ana, ch, { title: 'Heated seats' });
    const c = (await comment(t, ben, idea, 'Buy cheap seats at my shop')).data.addComment.id;
    for (let i = 0; i < 3; i++) expect((await report(await established(), { targetType: 'COMMENT', targetId: c, reason: 'SPAM' })).errors).toBeUndefined();
    expect((await send(t, undefined, THREAD, { id: idea })).data.idea).toEqual({ commentCount: 0, comments: { edges: [] } });
    expect((await send(t, ben, THREAD, { id: idea })).data.idea.comments.edges[0].node).toMatchObject({ id: c, moderationState: 'HELD' });
    expect(await queueItem(c)).toMatchObject({ targetType: 'COMMENT', state: 'HELD', reporterCount: 3, comment: { id: c }, idea: { id: idea }, author: { id: ben.id } });

    // Its thread stays out of sight with it: no one replies under it meanwhile (a reply would reach the thread, its count and the rooms).
    const reply = (who: Person) => comment(t, who, idea, 'Where is your shop?', c);
    expect((await reply(ana)).errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'parentId' });
    expect((await reply(ben)).errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'parentId', visibility: 'HELD' });
    expect(await t.sql(`SELECT 1 FROM comment WHERE parent_id = $1`, [c])).toEqual([]);
    expect((await send(t, undefined, graphql(`query ModerationPathsIdea($id: ID!) { idea(id: $id) { commentCount } }`), { id: idea })).data.idea.commentCount).toBe(0);
    const restored = await send(t, owner, graphql(`mutation ModerationPathsModerate($i: ModerateInput!) { moderate(input: $i) { action } }`), { i: { organizationId: org, action: 'RESTORE', targets: [{ targetType: 'COMMENT', targetId: c }], reason: 'A joke among friends' } });
    expect(restored.errors).toBeUndefined();
    expect((await reply(ana)).errors).toBeUndefined();
  });

  it('reports a participant within a challenge; the team dismisses it', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const missing = await report(ana, { targetType: 'USER', targetId: ben.id, reason: 'OFFENSIVE' });
    expect(missing.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'challengeId' });
    expect((await report(ana, { targetType: 'USER', targetId: ana.id, reason: 'SPAM', challengeId: ch })).errors[0].extensions.rule).toBe('SELF_REPORT');
    // A stranger to the challenge (or one whose only contribution the reporter cannot see) cannot be reported into the brand's queue.
    const stranger = await report(ana, { targetType: 'USER', targetId: ben.id, reason: 'OFFENSIVE', challengeId: ch });
    expect(stranger.errors[0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'targetId', rule: 'NOT_A_PARTICIPANT' });
    const idea = await propose(t, ana, ch, { title: 'Folding mirrors' });
    await t.sql(`INSERT INTO comment (idea_id, challenge_id, author_id, body, visibility) SELECT id, challenge_id, $2, 'Waiting for approval', 'PENDING' FROM idea WHERE id = $1`, [idea, ben.id]);
    expect((await report(ana, { targetType: 'USER', targetId: ben.id, reason: 'OFFENSIVE', challengeId: ch })).errors[0].extensions.rule).toBe('NOT_A_PARTICIPANT');
    expect(await t.sql(`SELECT 1 FROM moderation_item WHERE target_id = $1`, [ben.id])).toEqual([]);
    expect((await comment(t, ben, idea, 'Mirrors that fold by themselves')).errors).toBeUndefined();
    expect((await report(ana, { targetType: 'USER', targetId: ben.id, reason: 'OFFENSIVE', challengeId: ch })).errors).toBeUndefined();
    expect(await queueItem(ben.id)).toMatchObject({ targetType: 'USER', state: 'REPORTED', author: { id: ben.id } });
    const dismissed = await send(t, owner, graphql(`mutation ModerationPathsModerate2($i: ModerateInput!) { moderate(input: $i) { action targetType } }`), { i: { organizationId: org, action: 'DISMISS', targets: [{ targetType: 'USER', targetId: ben.id }], reason: 'Banter, not abuse' } });
    expect(dismissed.data.moderate).toEqual([{ action: 'DISMISS', targetType: 'USER' }]);
    expect(await queueItem(ben.id, ['RESOLVED'])).toMatchObject({ state: 'RESOLVED', reporterCount: 0 });
  });

  it('names a DUPLICATE’s original in the same challenge', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const other = await challenge(t, owner, org);
    const [a, b, elsewhere] = [await propose(t, ana, ch, { title: 'Roof rack' }), await propose(t, ana, ch, { title: 'Roof rack again' }), await propose(t, ana, other, { title: 'Roof rack elsewhere' })];
    const wrong = await report(ben, { targetType: 'IDEA', targetId: b, reason: 'DUPLICATE', originalIdeaId: elsewhere });
    expect(wrong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'originalIdeaId' });
    expect((await report(ben, { targetType: 'IDEA', targetId: b, reason: 'DUPLICATE', originalIdeaId: a })).errors).toBeUndefined();
    const pairs = await send(t, owner, graphql(`query ModerationPathsDuplicateCandidates($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId otherId similarity } }`), { c: ch });
    expect(pairs.data.duplicateCandidates.some((p: any) => [p.ideaId, p.otherId].sort().join() === [a, b].sort().join())).toBe(true);
    expect((await send(t, ana, graphql(`query ModerationPathsDuplicateCandidates2($c: ID!) { duplicateCandidates(challengeId: $c) { ideaId } }`), { c: ch })).errors[0].extensions.rule).toBe('NOT_ORGANIZATION_TEAM');
  });

  it('pre-moderated comments are not counted or shown until approved; the stance is kept', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const c2 = await challenge(t, owner, org);
    await send(t, owner, graphql(`mutation ModerationPathsSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateComments } }`), { i: { challengeId: c2, premoderateComments: true } });
    const idea = await propose(t, ana, c2, { title: 'Solar charger' });
    const added = await send(t, ben, graphql(`mutation ModerationPathsAddComment($i: AddCommentInput!) { addComment(input: $i) { id moderationState stance } }`), { i: { ideaId: idea, body: 'I am against it', stance: 'AGAINST' } });
    expect(added.data.addComment).toMatchObject({ moderationState: 'PENDING', stance: 'AGAINST' });
    expect((await send(t, undefined, THREAD, { id: idea })).data.idea).toEqual({ commentCount: 0, comments: { edges: [] } });
    await send(t, owner, graphql(`mutation ModerationPathsModerate3($i: ModerateInput!) { moderate(input: $i) { id } }`), { i: { organizationId: org, action: 'APPROVE', targets: [{ targetType: 'COMMENT', targetId: added.data.addComment.id }], reason: 'Fine' } });
    expect((await send(t, undefined, THREAD, { id: idea })).data.idea).toEqual({ commentCount: 1, comments: { edges: [{ node: { id: added.data.addComment.id, moderationState: 'VISIBLE', stance: 'AGAINST' } }] } });
    // A raw string: the stance is not one of the schema's values, which a typed document refuses to send.
    const bad = await t.gql(`mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { ideaId: idea, body: 'x', stance: 'MAYBE' } }, ben.token);
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('delivers a pending idea to the team’s room and its author only, and leaves it out of others’ catch-up', async () => {
    const ana = await person(t);
    const c3 = await challenge(t, owner, org);
    await send(t, owner, graphql(`mutation ModerationPathsSetChallengeModeration2($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }`), { i: { challengeId: c3, premoderateIdeas: true } });
    const [crowd, team] = [t.socket(), t.socket(owner.token)];
    const [crowdEvents, teamEvents] = [record(crowd), record(team)];
    await Promise.all([connected(crowd), connected(team)]);
    await join(crowd, { challengeId: c3 });
    await join(team, { organizationId: org });
    const pending = await propose(t, ana, c3, { title: 'Pending idea' });
    const visible = await propose(t, owner, c3, { title: 'Team idea' });
    await until(crowdEvents, (events) => events.some((e) => e.type === 'idea.created' && e.data.ideaId === visible));
    await until(teamEvents, (events) => events.some((e) => e.type === 'idea.created' && e.data.ideaId === pending));
    expect(crowdEvents.some((e) => e.data.ideaId === pending)).toBe(false);
    const events = graphql(`query ModerationPathsChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }`);
    const anonymous = (await send(t, undefined, events, { c: c3 })).data.challengeEvents;
    expect(anonymous.some((e: any) => e.data.ideaId === pending)).toBe(false);
    expect((await send(t, ana, events, { c: c3 })).data.challengeEvents.some((e: any) => e.type === 'idea.created' && e.data.ideaId === pending)).toBe(true);
    expect((await send(t, owner, events, { c: c3 })).data.challengeEvents.some((e: any) => e.type === 'moderation.actioned' && e.data.action === 'PREMODERATE')).toBe(true);
  });

  it('a participant suspended for good is told so on every write', async () => {
    const ana = await person(t);
    await send(t, owner, graphql(`mutation ModerationPathsSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { id } }`), { i: { organizationId: org, userId: ana.id, reason: 'Hate speech' } });
    const refused = await send(t, ana, graphql(`mutation ModerationPathsProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`), { i: { challengeId: ch, title: 'Anything', body: 'x' } });
    expect(refused.errors[0].extensions).toEqual(expect.objectContaining({ code: 'SUSPENDED', reason: 'Hate speech', until: null }));
    expect(refused.errors[0].message).toMatch(/for good/);
    const again = await send(t, owner, graphql(`mutation ModerationPathsSuspendParticipant2($i: SuspendInput!) { suspendParticipant(input: $i) { id } }`), { i: { organizationId: org, userId: ana.id, reason: 'Twice' } });
    expect(again.errors[0].extensions.rule).toBe('ALREADY_SUSPENDED');
    const team = await send(t, owner, graphql(`mutation ModerationPathsSuspendParticipant3($i: SuspendInput!) { suspendParticipant(input: $i) { id } }`), { i: { organizationId: org, userId: owner.id, reason: 'Self' } });
    expect(team.errors[0].extensions.rule).toBe('SELF_SUSPENSION');
  });
});
