import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, vote } from '../support/co-creation';
import { ModerationStage, moderationStage } from '../support/moderation';
import { connected, join, record, until } from '../support/sockets';
import { graphql } from '../gql';
import type { ModerateInput, ModerationRuleAction, ModerationRuleKind } from '../gql/graphql';
import { send } from '../support/graphql';

const MODERATE = graphql(`mutation ModerationModerate($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }`);
const IDEA = graphql(`query ModerationIdea4($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }`);

describe('moderation', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;

  const moderate = (who: Person, input: Omit<ModerateInput, 'organizationId'>) => send(t, who, MODERATE, { i: { organizationId: org, ...input } });
  const verified = async () => {
    await t.sealLedger();
    const res = await send(t, owner, graphql(`query ModerationLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }`), { c: ch });
    return res.data.ledgerVerification;
  };

  let report: ModerationStage['report'];
  let established: ModerationStage['established'];

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, org, ch, report, established } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('refuses reporting one’s own content, twice, or what does not exist, with their codes, and changes nothing', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const idea = await propose(t, ana, ch, { title: 'Solar roof for the city car' });
    const own = await report(ana, { targetType: 'IDEA', targetId: idea, reason: 'SPAM' });
    expect(own.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OWN_CONTENT' });
    expect((await report(ben, { targetType: 'IDEA', targetId: idea, reason: 'SPAM' })).errors).toBeUndefined();
    expect((await report(ben, { targetType: 'IDEA', targetId: idea, reason: 'OFFENSIVE' })).errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'ALREADY_REPORTED' });
    const missing = await report(ben, { targetType: 'IDEA', targetId: '00000000-0000-4000-8000-000000000000', reason: 'SPAM' });
    expect(missing.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await report(ben, { targetType: 'COMMENT', targetId: idea, reason: 'OTHER' })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'details' });
    expect((await report(ben, { targetType: 'IDEA', targetId: idea, reason: 'DUPLICATE' })).errors[0].extensions.field).toBe('originalIdeaId');
    const rows = await t.sql(`SELECT count(*)::int AS n FROM moderation_report r JOIN moderation_item m ON m.id = r.item_id WHERE m.target_id = $1`, [idea]);
    expect(rows[0].n).toBe(1);
  });

  it('five fresh accounts cannot hold a trusted participant’s idea; three in good standing hold it at once', async () => {
    const trusted = await established();
    const idea = await propose(t, trusted, ch, { title: 'Modular battery swap' });
    for (let i = 0; i < 5; i++) expect((await report(await person(t), { targetType: 'IDEA', targetId: idea, reason: 'SPAM' })).errors).toBeUndefined();
    expect((await send(t, undefined, IDEA, { id: idea })).data.idea.moderationState).toBe('VISIBLE');

    const team = t.socket(owner.token);
    const teamEvents = record(team);
    await connected(team);
    await join(team, { organizationId: org });
    const authorSocket = t.socket(trusted.token);
    const authorEvents = record(authorSocket);
    await connected(authorSocket);

    for (let i = 0; i < 3; i++) await report(await established(), { targetType: 'IDEA', targetId: idea, reason: 'OFFENSIVE' });
    const anonymous = await send(t, undefined, IDEA, { id: idea });
    expect(anonymous.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await send(t, trusted, IDEA, { id: idea })).data.idea.moderationState).toBe('HELD');
    expect((await send(t, owner, IDEA, { id: idea })).data.idea.moderationState).toBe('HELD');
    const feed = await send(t, undefined, graphql(`query ModerationIdeas($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }`), { c: ch });
    expect(feed.data.ideas.edges.map((e: any) => e.node.id)).not.toContain(idea);
    const similar = await send(t, undefined, graphql(`query ModerationSimilarIdeas($c: ID!) { similarIdeas(challengeId: $c, text: "Modular battery swap") { id } }`), { c: ch });
    expect(similar.data.similarIdeas.map((i: any) => i.id)).not.toContain(idea);

    const queue = await send(t, owner, graphql(`query ModerationModerationQueue($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }`), { o: org });
    const item = queue.data.moderationQueue.edges.find((e: any) => e.node.targetId === idea)!.node;
    expect(item).toMatchObject({ state: 'HELD', reporterCount: 8, standingReporters: 3 });
    expect(queue.data.moderationQueue.counts.HELD).toBeGreaterThanOrEqual(1);
    await until(teamEvents, (events) => events.some((e) => e.type === 'moderation.actioned' && e.data.action === 'AUTO_HOLD' && e.data.targetId === idea));
    await until(authorEvents, (events) => events.some((e) => e.type === 'notification' && e.data.kind === 'MODERATION_ACTION' && e.data.moderationVisibility === 'HELD'));
    // The queue shows the idea's mood as the sentiment consumer labelled it (off the request path: wait for the label).
    const labelled = async () => {
      for (let attempt = 0; attempt < 100; attempt++) {
        const rows = await t.sql(`SELECT label, score FROM content_sentiment WHERE target_kind = 'IDEA' AND target_id = $1`, [idea]);
        if (rows.length) return rows[0];
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error('the idea was never labelled');
    };
    const stored = await labelled();
    const withSentiment = await send(t, owner, graphql(`query ModerationModerationQueue2($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }`), { o: org });
    expect(withSentiment.data.moderationQueue.edges.find((e: any) => e.node.targetId === idea)!.node.sentiment).toEqual({ label: stored.label, score: expect.closeTo(stored.score, 5) });
  });

  it('hides and restores with a reason: log entry, notification, counts exact, ledger compensated and verified', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const idea = await propose(t, ana, ch, { title: 'Fold-flat rear seats' });
    const c = (await comment(t, ben, idea, 'Great for IKEA runs')).data.addComment.id;
    await vote(t, ben, idea, 'UP');
    const benSocket = t.socket(ben.token);
    const benEvents = record(benSocket);
    await connected(benSocket);

    const hidden = await moderate(owner, { action: 'HIDE', targets: [{ targetType: 'COMMENT', targetId: c }], reason: 'Advertising' });
    expect(hidden.errors).toBeUndefined();
    expect(hidden.data.moderate[0]).toMatchObject({ action: 'HIDE', reason: 'Advertising', before: { visibility: 'VISIBLE' }, after: { visibility: 'HIDDEN' } });
    expect((await send(t, undefined, IDEA, { id: idea })).data.idea).toMatchObject({ commentCount: 0, upvotes: 1 });
    const thread = await send(t, undefined, graphql(`query ModerationIdea($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }`), { id: idea });
    expect(thread.data.idea.comments.edges).toEqual([]);
    const own = await send(t, ben, graphql(`query ModerationIdea2($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }`), { id: idea });
    expect(own.data.idea.comments.edges[0].node).toEqual({ id: c, moderationState: 'HIDDEN' });
    await until(benEvents, (events) => events.some((e) => e.type === 'notification' && e.data.kind === 'MODERATION_ACTION' && e.data.moderationReason === 'Advertising'));
    const entries = await t.sql(`SELECT kind, points FROM contribution WHERE comment_id = $1 ORDER BY position`, [c]);
    expect(entries.map((e: any) => [e.kind, Number(e.points)])).toEqual([['COMMENT', 2000], ['COMMENT', -2000]]);

    await moderate(owner, { action: 'RESTORE', targets: [{ targetType: 'COMMENT', targetId: c }], reason: 'Appeal accepted' });
    expect((await send(t, undefined, IDEA, { id: idea })).data.idea.commentCount).toBe(1);
    expect((await t.sql(`SELECT count(*)::int AS n FROM contribution WHERE comment_id = $1`, [c]))[0].n).toBe(3);
    const log = await send(t, owner, graphql(`query ModerationModerationLog($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }`), { o: org, id: c });
    expect(log.data.moderationLog.edges.map((e: any) => e.node.action)).toEqual(['RESTORE', 'HIDE']);
    expect(log.data.moderationLog.edges[0].node.actor!.id).toBe(owner.id);
    await expect(t.sql(`UPDATE moderation_action SET reason = 'x'`)).rejects.toThrow(/append-only/);
    expect(await verified()).toEqual({ ok: true, problem: null });
  });

  it('bulk actions are all or nothing', async () => {
    const ana = await person(t);
    const [a, b] = [await propose(t, ana, ch, { title: 'Bulk one' }), await propose(t, ana, ch, { title: 'Bulk two' })];
    const refused = await moderate(owner, { action: 'APPROVE', targets: [{ targetType: 'IDEA', targetId: a }], reason: 'not pending' });
    expect(refused.errors[0].extensions).toMatchObject({ code: 'CONFLICT', rule: 'WRONG_STATE' });
    const res = await moderate(owner, { action: 'HIDE', targets: [{ targetType: 'IDEA', targetId: a }, { targetType: 'IDEA', targetId: b }], reason: 'Spam wave' });
    expect(res.data.moderate).toHaveLength(2);
    expect((await send(t, ana, IDEA, { id: b })).data.idea.moderationState).toBe('HIDDEN');
  });

  it('applies word and link rules accent- and case-insensitively, naming the rule', async () => {
    const ana = await person(t);
    const add = (kind: ModerationRuleKind, action: ModerationRuleAction, pattern: string) =>
      send(t, owner, graphql(`mutation ModerationAddModerationRule($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }`), { i: { organizationId: org, kind, action, pattern } });
    expect((await add('WORD', 'REFUSE', 'arnaque')).errors).toBeUndefined();
    expect((await add('LINK', 'HOLD', 'spam.example')).errors).toBeUndefined();
    const refused = await send(t, ana, graphql(`mutation ModerationProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`), { i: { challengeId: ch, title: 'Une ARNAQUÉ', body: 'x' } });
    expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', rule: { pattern: 'arnaque', action: 'REFUSE' } });
    const held = await send(t, ana, graphql(`mutation ModerationProposeIdea2($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }`), { i: { challengeId: ch, title: 'Cheap parts', body: 'see https://promo.spam.example' } });
    expect(held.data.proposeIdea.moderationState).toBe('HELD');
  });

  it('pre-moderates new ideas until approved or refused', async () => {
    const ana = await person(t);
    const c2 = await challenge(t, owner, org);
    await send(t, owner, graphql(`mutation ModerationSetChallengeModeration($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }`), { i: { challengeId: c2, premoderateIdeas: true } });
    const a = await propose(t, ana, c2, { title: 'Wait for me' });
    const b = await propose(t, ana, c2, { title: 'Refuse me' });
    expect((await send(t, ana, IDEA, { id: a })).data.idea.moderationState).toBe('PENDING');
    expect((await send(t, undefined, IDEA, { id: a })).errors[0].extensions.code).toBe('NOT_FOUND');
    await moderate(owner, { action: 'APPROVE', targets: [{ targetType: 'IDEA', targetId: a }], reason: 'Fine' });
    await moderate(owner, { action: 'REFUSE', targets: [{ targetType: 'IDEA', targetId: b }], reason: 'Off topic' });
    expect((await send(t, undefined, IDEA, { id: a })).data.idea.moderationState).toBe('VISIBLE');
    expect((await send(t, ana, IDEA, { id: b })).data.idea.moderationState).toBe('REFUSED');
  });

  it('a suspended participant reads but every write says why and until when; reinstatement lifts it', async () => {
    const ana = await person(t);
    const idea = await propose(t, ana, ch, { title: 'Before the ban' });
    const other = await propose(t, owner, ch, { title: 'Owner idea' });
    const res = await send(t, owner, graphql(`mutation ModerationSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }`), { i: { organizationId: org, userId: ana.id, reason: 'Repeated spam', days: 7 } });
    expect(res.errors).toBeUndefined();
    for (const write of [() => vote(t, ana, other, 'UP'), () => comment(t, ana, other, 'hello'), () => report(ana, { targetType: 'IDEA', targetId: other, reason: 'SPAM' })]) {
      const refused = await write();
      expect(refused.errors[0].extensions).toMatchObject({ code: 'SUSPENDED', reason: 'Repeated spam' });
      expect(new Date(refused.errors[0].extensions.until).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    }
    expect((await send(t, ana, IDEA, { id: idea })).data.idea.id).toBe(idea);
    await send(t, owner, graphql(`mutation ModerationReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }`), { i: { organizationId: org, userId: ana.id, reason: 'Appeal' } });
    expect((await vote(t, ana, other, 'UP')).errors).toBeUndefined();
  });

  it('a moderator of one brand can do nothing to another’s', async () => {
    const rival = await person(t);
    const rivalOrg = await brand(t, rival);
    const ana = await person(t);
    const idea = await propose(t, ana, ch, { title: 'Not yours' });
    const hide = await send(t, rival, MODERATE, { i: { organizationId: rivalOrg, action: 'HIDE', targets: [{ targetType: 'IDEA', targetId: idea }], reason: 'mine now' } });
    expect(hide.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OTHER_ORGANIZATION' });
    const direct = await send(t, rival, MODERATE, { i: { organizationId: org, action: 'HIDE', targets: [{ targetType: 'IDEA', targetId: idea }], reason: 'mine now' } });
    expect(direct.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ORGANIZATION_TEAM' });
    const queue = await send(t, rival, graphql(`query ModerationModerationQueue3($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }`), { o: org });
    expect(queue.errors[0].extensions.rule).toBe('NOT_ORGANIZATION_TEAM');
    const merge = await send(t, rival, graphql(`mutation ModerationMergeIdeas($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }`), { i: { ideaId: idea, intoIdeaId: idea, reason: 'x' } });
    expect(merge.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await send(t, undefined, IDEA, { id: idea })).data.idea.moderationState).toBe('VISIBLE');
  });

  it('merges a duplicate (votes once each, comments, co-authors, provenance) and undoes it, the ledger verifying', async () => {
    const [ana, bea, v1, v2, v3] = [await person(t), await person(t), await person(t), await person(t), await person(t)];
    const kept = await propose(t, ana, ch, { title: 'Kept idea about roofs' });
    const dup = await propose(t, bea, ch, { title: 'Duplicate idea about roofs' });
    await vote(t, v1, kept, 'UP');
    await vote(t, v1, dup, 'UP'); // on both: counted once after the merge
    await vote(t, v2, dup, 'DOWN');
    await vote(t, v3, dup, 'UP');
    await vote(t, ana, dup, 'UP'); // the kept idea's author
    const c = (await comment(t, v2, dup, 'Same as the other one')).data.addComment.id;
    const merged = await send(t, owner, graphql(`mutation ModerationMergeIdeas2($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }`), { i: { ideaId: dup, intoIdeaId: kept, reason: 'Same idea' } });
    expect(merged.errors).toBeUndefined();
    const after = (await send(t, undefined, IDEA, { id: kept })).data.idea;
    expect(after).toMatchObject({ upvotes: 2, downvotes: 1, commentCount: 1 });
    expect(after.authors.map((a: any) => a.user.id).sort()).toEqual([ana.id, bea.id].sort());
    const rows = await t.sql(`SELECT idea_id, count(*)::int AS n, sum(value)::int AS s FROM vote WHERE idea_id = ANY($1) GROUP BY idea_id`, [[kept, dup]]);
    expect(rows).toEqual([{ idea_id: kept, n: 3, s: 1 }]);
    expect((await send(t, undefined, IDEA, { id: dup })).data.idea).toMatchObject({ moderationState: 'MERGED', mergedIntoId: kept, upvotes: 0 });
    const thread = await send(t, undefined, graphql(`query ModerationIdea3($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }`), { id: kept });
    expect(thread.data.idea.comments.edges.map((e: any) => e.node.id)).toContain(c);
    expect(await verified()).toEqual({ ok: true, problem: null });
    const statement = await send(t, owner, graphql(`query ModerationOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }`), { c: ch });
    expect(statement.data.ownershipStatement.edges.some((e: any) => e.node.participant.id === bea.id)).toBe(true);

    const undo = await send(t, owner, graphql(`mutation ModerationUndoMerge($i: UndoMergeInput!) { undoMerge(input: $i) { action } }`), { i: { actionId: merged.data.mergeIdeas.id, reason: 'Not the same after all' } });
    expect(undo.errors).toBeUndefined();
    expect((await send(t, undefined, IDEA, { id: kept })).data.idea).toMatchObject({ upvotes: 1, downvotes: 0, commentCount: 0 });
    expect((await send(t, undefined, IDEA, { id: dup })).data.idea).toMatchObject({ moderationState: 'VISIBLE', mergedIntoId: null, upvotes: 3, downvotes: 1, commentCount: 1 });
    expect((await send(t, undefined, IDEA, { id: kept })).data.idea.authors.map((a: any) => a.user.id)).toEqual([ana.id]);
    // Open pages of both ideas are told their counts by the events of the undo.
    const told = await t.sql(`SELECT payload->>'ideaId' AS "ideaId", (payload->>'commentCount')::int AS "commentCount" FROM domain_event WHERE type = 'moderation.actioned' AND payload->>'action' = 'UNDO_MERGE' AND aggregate_id = ANY($1)`, [[kept, dup]]);
    expect(told).toEqual(expect.arrayContaining([{ ideaId: kept, commentCount: 0 }, { ideaId: dup, commentCount: 1 }]));
    const again = await send(t, owner, graphql(`mutation ModerationUndoMerge2($i: UndoMergeInput!) { undoMerge(input: $i) { action } }`), { i: { actionId: merged.data.mergeIdeas.id, reason: 'twice' } });
    expect(again.errors[0].extensions.rule).toBe('ALREADY_UNDONE');
    expect(await verified()).toEqual({ ok: true, problem: null });
  });
});
