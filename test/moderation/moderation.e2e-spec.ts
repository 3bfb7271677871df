import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, vote } from '../support/co-creation';
import { ModerationStage, moderationStage } from '../support/moderation';
import { connected, join, record, until } from '../support/sockets';

const MODERATE = `mutation($i: ModerateInput!) { moderate(input: $i) { id action reason before after } }`;
const IDEA = `query($id: ID!) { idea(id: $id) { id moderationState mergedIntoId upvotes downvotes commentCount authors { user { id } } } }`;

describe('moderation', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;

  const moderate = (who: Person, input: Record<string, unknown>) => t.gql(MODERATE, { i: { organizationId: org, ...input } }, who.token);
  const verified = async () => {
    await t.sealLedger();
    const res = await t.gql(`query($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }`, { c: ch }, owner.token);
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
    expect((await t.gql(IDEA, { id: idea })).data.idea.moderationState).toBe('VISIBLE');

    const team = t.socket(owner.token);
    const teamEvents = record(team);
    await connected(team);
    await join(team, { organizationId: org });
    const authorSocket = t.socket(trusted.token);
    const authorEvents = record(authorSocket);
    await connected(authorSocket);

    for (let i = 0; i < 3; i++) await report(await established(), { targetType: 'IDEA', targetId: idea, reason: 'OFFENSIVE' });
    const anonymous = await t.gql(IDEA, { id: idea });
    expect(anonymous.errors[0].extensions.code).toBe('NOT_FOUND');
    expect((await t.gql(IDEA, { id: idea }, trusted.token)).data.idea.moderationState).toBe('HELD');
    expect((await t.gql(IDEA, { id: idea }, owner.token)).data.idea.moderationState).toBe('HELD');
    const feed = await t.gql(`query($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { id } } } }`, { c: ch });
    expect(feed.data.ideas.edges.map((e: any) => e.node.id)).not.toContain(idea);
    const similar = await t.gql(`query($c: ID!) { similarIdeas(challengeId: $c, text: "Modular battery swap") { id } }`, { c: ch });
    expect(similar.data.similarIdeas.map((i: any) => i.id)).not.toContain(idea);

    const queue = await t.gql(
      `query($o: ID!) { moderationQueue(organizationId: $o) { counts { HELD REPORTED } edges { node { targetId state reporterCount standingReporters reasons { reason count } } } } }`,
      { o: org },
      owner.token,
    );
    const item = queue.data.moderationQueue.edges.find((e: any) => e.node.targetId === idea).node;
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
    const withSentiment = await t.gql(`query($o: ID!) { moderationQueue(organizationId: $o) { edges { node { targetId sentiment { label score } } } } }`, { o: org }, owner.token);
    expect(withSentiment.data.moderationQueue.edges.find((e: any) => e.node.targetId === idea).node.sentiment).toEqual({ label: stored.label, score: expect.closeTo(stored.score, 5) });
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
    expect((await t.gql(IDEA, { id: idea })).data.idea).toMatchObject({ commentCount: 0, upvotes: 1 });
    const thread = await t.gql(`query($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }`, { id: idea });
    expect(thread.data.idea.comments.edges).toEqual([]);
    const own = await t.gql(`query($id: ID!) { idea(id: $id) { comments { edges { node { id moderationState } } } } }`, { id: idea }, ben.token);
    expect(own.data.idea.comments.edges[0].node).toEqual({ id: c, moderationState: 'HIDDEN' });
    await until(benEvents, (events) => events.some((e) => e.type === 'notification' && e.data.kind === 'MODERATION_ACTION' && e.data.moderationReason === 'Advertising'));
    const entries = await t.sql(`SELECT kind, points FROM contribution WHERE comment_id = $1 ORDER BY position`, [c]);
    expect(entries.map((e: any) => [e.kind, Number(e.points)])).toEqual([['COMMENT', 2000], ['COMMENT', -2000]]);

    await moderate(owner, { action: 'RESTORE', targets: [{ targetType: 'COMMENT', targetId: c }], reason: 'Appeal accepted' });
    expect((await t.gql(IDEA, { id: idea })).data.idea.commentCount).toBe(1);
    expect((await t.sql(`SELECT count(*)::int AS n FROM contribution WHERE comment_id = $1`, [c]))[0].n).toBe(3);
    const log = await t.gql(`query($o: ID!, $id: ID) { moderationLog(organizationId: $o, targetId: $id) { edges { node { action reason actor { id } } } } }`, { o: org, id: c }, owner.token);
    expect(log.data.moderationLog.edges.map((e: any) => e.node.action)).toEqual(['RESTORE', 'HIDE']);
    expect(log.data.moderationLog.edges[0].node.actor.id).toBe(owner.id);
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
    expect((await t.gql(IDEA, { id: b }, ana.token)).data.idea.moderationState).toBe('HIDDEN');
  });

  it('applies word and link rules accent- and case-insensitively, naming the rule', async () => {
    const ana = await person(t);
    const add = (kind: string, action: string, pattern: string) =>
      t.gql(`mutation($i: AddModerationRuleInput!) { addModerationRule(input: $i) { id } }`, { i: { organizationId: org, kind, action, pattern } }, owner.token);
    expect((await add('WORD', 'REFUSE', 'arnaque')).errors).toBeUndefined();
    expect((await add('LINK', 'HOLD', 'spam.example')).errors).toBeUndefined();
    const refused = await t.gql(`mutation($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`, { i: { challengeId: ch, title: 'Une ARNAQUÉ', body: 'x' } }, ana.token);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title', rule: { pattern: 'arnaque', action: 'REFUSE' } });
    const held = await t.gql(`mutation($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id moderationState } }`, { i: { challengeId: ch, title: 'Cheap parts', body: 'see https://promo.spam.example' } }, ana.token);
    expect(held.data.proposeIdea.moderationState).toBe('HELD');
  });

  it('pre-moderates new ideas until approved or refused', async () => {
    const ana = await person(t);
    const c2 = await challenge(t, owner, org);
    await t.gql(`mutation($i: ChallengeModerationInput!) { setChallengeModeration(input: $i) { premoderateIdeas } }`, { i: { challengeId: c2, premoderateIdeas: true } }, owner.token);
    const a = await propose(t, ana, c2, { title: 'Wait for me' });
    const b = await propose(t, ana, c2, { title: 'Refuse me' });
    expect((await t.gql(IDEA, { id: a }, ana.token)).data.idea.moderationState).toBe('PENDING');
    expect((await t.gql(IDEA, { id: a })).errors[0].extensions.code).toBe('NOT_FOUND');
    await moderate(owner, { action: 'APPROVE', targets: [{ targetType: 'IDEA', targetId: a }], reason: 'Fine' });
    await moderate(owner, { action: 'REFUSE', targets: [{ targetType: 'IDEA', targetId: b }], reason: 'Off topic' });
    expect((await t.gql(IDEA, { id: a })).data.idea.moderationState).toBe('VISIBLE');
    expect((await t.gql(IDEA, { id: b }, ana.token)).data.idea.moderationState).toBe('REFUSED');
  });

  it('a suspended participant reads but every write says why and until when; reinstatement lifts it', async () => {
    const ana = await person(t);
    const idea = await propose(t, ana, ch, { title: 'Before the ban' });
    const other = await propose(t, owner, ch, { title: 'Owner idea' });
    const res = await t.gql(`mutation($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }`, { i: { organizationId: org, userId: ana.id, reason: 'Repeated spam', days: 7 } }, owner.token);
    expect(res.errors).toBeUndefined();
    for (const write of [() => vote(t, ana, other, 'UP'), () => comment(t, ana, other, 'hello'), () => report(ana, { targetType: 'IDEA', targetId: other, reason: 'SPAM' })]) {
      const refused = await write();
      expect(refused.errors[0].extensions).toMatchObject({ code: 'SUSPENDED', reason: 'Repeated spam' });
      expect(new Date(refused.errors[0].extensions.until).getTime()).toBeGreaterThan(Date.now() + 6 * 86_400_000);
    }
    expect((await t.gql(IDEA, { id: idea }, ana.token)).data.idea.id).toBe(idea);
    await t.gql(`mutation($i: ReinstateInput!) { reinstateParticipant(input: $i) { action } }`, { i: { organizationId: org, userId: ana.id, reason: 'Appeal' } }, owner.token);
    expect((await vote(t, ana, other, 'UP')).errors).toBeUndefined();
  });

  it('a moderator of one brand can do nothing to another’s', async () => {
    const rival = await person(t);
    const rivalOrg = await brand(t, rival);
    const ana = await person(t);
    const idea = await propose(t, ana, ch, { title: 'Not yours' });
    const hide = await t.gql(MODERATE, { i: { organizationId: rivalOrg, action: 'HIDE', targets: [{ targetType: 'IDEA', targetId: idea }], reason: 'mine now' } }, rival.token);
    expect(hide.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'OTHER_ORGANIZATION' });
    const direct = await t.gql(MODERATE, { i: { organizationId: org, action: 'HIDE', targets: [{ targetType: 'IDEA', targetId: idea }], reason: 'mine now' } }, rival.token);
    expect(direct.errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ORGANIZATION_TEAM' });
    const queue = await t.gql(`query($o: ID!) { moderationQueue(organizationId: $o) { edges { cursor } } }`, { o: org }, rival.token);
    expect(queue.errors[0].extensions.rule).toBe('NOT_ORGANIZATION_TEAM');
    const merge = await t.gql(`mutation($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }`, { i: { ideaId: idea, intoIdeaId: idea, reason: 'x' } }, rival.token);
    expect(merge.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(IDEA, { id: idea })).data.idea.moderationState).toBe('VISIBLE');
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
    const merged = await t.gql(`mutation($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id action } }`, { i: { ideaId: dup, intoIdeaId: kept, reason: 'Same idea' } }, owner.token);
    expect(merged.errors).toBeUndefined();
    const after = (await t.gql(IDEA, { id: kept })).data.idea;
    expect(after).toMatchObject({ upvotes: 2, downvotes: 1, commentCount: 1 });
    expect(after.authors.map((a: any) => a.user.id).sort()).toEqual([ana.id, bea.id].sort());
    const rows = await t.sql(`SELECT idea_id, count(*)::int AS n, sum(value)::int AS s FROM vote WHERE idea_id = ANY($1) GROUP BY idea_id`, [[kept, dup]]);
    expect(rows).toEqual([{ idea_id: kept, n: 3, s: 1 }]);
    expect((await t.gql(IDEA, { id: dup })).data.idea).toMatchObject({ moderationState: 'MERGED', mergedIntoId: kept, upvotes: 0 });
    const thread = await t.gql(`query($id: ID!) { idea(id: $id) { comments { edges { node { id } } } } }`, { id: kept });
    expect(thread.data.idea.comments.edges.map((e: any) => e.node.id)).toContain(c);
    expect(await verified()).toEqual({ ok: true, problem: null });
    const statement = await t.gql(`query($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { participant { id } points } } } }`, { c: ch }, owner.token);
    expect(statement.data.ownershipStatement.edges.some((e: any) => e.node.participant.id === bea.id)).toBe(true);

    const undo = await t.gql(`mutation($i: UndoMergeInput!) { undoMerge(input: $i) { action } }`, { i: { actionId: merged.data.mergeIdeas.id, reason: 'Not the same after all' } }, owner.token);
    expect(undo.errors).toBeUndefined();
    expect((await t.gql(IDEA, { id: kept })).data.idea).toMatchObject({ upvotes: 1, downvotes: 0, commentCount: 0 });
    expect((await t.gql(IDEA, { id: dup })).data.idea).toMatchObject({ moderationState: 'VISIBLE', mergedIntoId: null, upvotes: 3, downvotes: 1, commentCount: 1 });
    expect((await t.gql(IDEA, { id: kept })).data.idea.authors.map((a: any) => a.user.id)).toEqual([ana.id]);
    const again = await t.gql(`mutation($i: UndoMergeInput!) { undoMerge(input: $i) { action } }`, { i: { actionId: merged.data.mergeIdeas.id, reason: 'twice' } }, owner.token);
    expect(again.errors[0].extensions.rule).toBe('ALREADY_UNDONE');
    expect(await verified()).toEqual({ ok: true, problem: null });
  });
});
