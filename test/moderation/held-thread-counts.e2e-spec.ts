import { graphql } from '../gql';
import type { ModerationContentAction } from '../gql/graphql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, comment, person, propose } from '../support/co-creation';
import { send } from '../support/graphql';
import { ModerationStage, moderationStage } from '../support/moderation';
import type { QueryRunner } from 'typeorm';
import { PublicCommentCounts1796128800000 } from '../../libs/database/src/migrations/1796128800000-public-comment-counts';

const MODERATE = graphql(`mutation HeldThreadCountsModerate($i: ModerateInput!) { moderate(input: $i) { id action } }`);
const THREAD = graphql(`query HeldThreadCountsThread($id: ID!) {
  idea(id: $id) { commentCount comments(first: 20) { edges { node { id moderationState replyCount replies(first: 20) { edges { node { id replyCount } } } } } } }
}`);
const COUNT = graphql(`query HeldThreadCountsCount($id: ID!) { idea(id: $id) { commentCount } }`);
const DELETE = graphql(`mutation HeldThreadCountsDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }`);
const MERGE = graphql(`mutation HeldThreadCountsMerge($i: MergeIdeasInput!) { mergeIdeas(input: $i) { id } }`);

/**
 * Public counts count what everyone reads. A held comment leaves the thread with its replies, so
 * the idea's commentCount drops by the comment and every reply read through it; its author still
 * reads them there, the team in the moderation queue. A comment's replyCount counts its replies everyone sees.
 * Whatever happens below a held comment (a reply deleted, hidden) moves no public count, and
 * the counts come back exactly when it is restored, merged ideas included.
 */
describe('moderation: held comments take their replies out of the public counts', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;
  let report: ModerationStage['report'];
  let established: ModerationStage['established'];

  const moderate = (action: ModerationContentAction, targetId: string) =>
    send(t, owner, MODERATE, { i: { organizationId: org, action, targets: [{ targetType: 'COMMENT', targetId }], reason: 'Counts' } });
  const count = async (idea: string) => (await send(t, undefined, COUNT, { id: idea })).data.idea!.commentCount;
  /** The idea's folded count checked against the rows: comments not deleted, VISIBLE, with every comment above them VISIBLE. */
  const exactInRows = async (idea: string) => {
    await t.foldCounters();
    const [row] = await t.sql(
      `WITH RECURSIVE open_thread AS (
         SELECT id, deleted_at FROM comment WHERE idea_id = $1 AND parent_id IS NULL AND visibility = 'VISIBLE'
         UNION ALL
         SELECT c.id, c.deleted_at FROM comment c JOIN open_thread o ON c.parent_id = o.id WHERE c.visibility = 'VISIBLE'
       )
       SELECT (SELECT comment_count FROM idea WHERE id = $1) AS kept, (SELECT count(*)::int FROM open_thread WHERE deleted_at IS NULL) AS rows`,
      [idea],
    );
    return row;
  };

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, org, ch, report, established } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('holds a comment with a thread below it, deletes and hides replies meanwhile, merges its idea and restores it: counts exact at every step', async () => {
    const [ana, ben, cara, dan] = [await person(t), await person(t), await person(t), await person(t)];
    const idea = await propose(t, ana, ch, { title: 'Seats that fold into a table' });
    const other = (await comment(t, ben, idea, 'Nice for picnics')).data.addComment.id;
    const held = (await comment(t, ben, idea, 'Mine folds better, see my shop')).data.addComment.id;
    const reply = (await comment(t, cara, idea, 'Which shop?', held)).data.addComment.id;
    const nested = (await comment(t, dan, idea, 'Same question', reply)).data.addComment.id;
    expect(await count(idea)).toBe(4);

    for (let i = 0; i < 3; i++) expect((await report(await established(), { targetType: 'COMMENT', targetId: held, reason: 'SPAM' })).errors).toBeUndefined();
    // Everyone else: the held comment and its thread are gone, and so are they from the count.
    const publicThread = (await send(t, undefined, THREAD, { id: idea })).data.idea!;
    expect(publicThread).toEqual({ commentCount: 1, comments: { edges: [{ node: { id: other, moderationState: 'VISIBLE', replyCount: 0, replies: { edges: [] } } }] } });
    expect((await send(t, cara, THREAD, { id: idea })).data.idea!.commentCount).toBe(1);
    // Its author reads it in the thread, with the replies below it and their counts.
    const authorThread = (await send(t, ben, THREAD, { id: idea })).data.idea!.comments.edges.map((e: any) => e.node);
    expect(authorThread.find((n: any) => n.id === held)).toEqual({ id: held, moderationState: 'HELD', replyCount: 1, replies: { edges: [{ node: { id: reply, replyCount: 1 } }] } });
    expect(await exactInRows(idea)).toEqual({ kept: 1, rows: 1 });

    // Below the held comment: a reply deleted by its author, a nested one hidden by the team. Neither was counted, neither is taken off.
    const deleted = await send(t, cara, DELETE, { id: reply });
    expect(deleted.data.deleteComment).toEqual({ deleted: true });
    expect((await moderate('HIDE', nested)).errors).toBeUndefined();
    expect(await count(idea)).toBe(1);
    const replyNow = (await send(t, ben, THREAD, { id: idea })).data.idea!.comments.edges.map((e: any) => e.node).find((n: any) => n.id === held).replies.edges[0].node;
    expect(replyNow).toEqual({ id: reply, replyCount: 0 });
    expect(await exactInRows(idea)).toEqual({ kept: 1, rows: 1 });

    // Merged while its comment is held: the kept idea gains what everyone reads (one comment), not the thread out of sight.
    const kept = await propose(t, ben, ch, { title: 'Folding seats as a table' });
    await comment(t, dan, kept, 'Good for road trips');
    const merged = await send(t, owner, MERGE, { i: { ideaId: idea, intoIdeaId: kept, reason: 'Same idea' } });
    expect(merged.errors).toBeUndefined();
    expect(await count(kept)).toBe(2);
    expect(await exactInRows(kept)).toEqual({ kept: 2, rows: 2 });
    // Open pages of the kept idea are told its count (the merge's event on it carries it).
    const [event] = await t.sql(`SELECT payload FROM domain_event WHERE type = 'moderation.actioned' AND aggregate_id = $1 AND payload->>'action' = 'MERGE'`, [kept]);
    expect(event.payload).toMatchObject({ ideaId: kept, commentCount: 2 });

    // Restored: the comment comes back with what is still readable below it (the deleted reply keeps its place, the hidden one stays out).
    expect((await moderate('RESTORE', held)).errors).toBeUndefined();
    expect(await count(kept)).toBe(3);
    expect((await moderate('RESTORE', nested)).errors).toBeUndefined();
    expect(await count(kept)).toBe(4);
    const restored = (await send(t, undefined, THREAD, { id: kept })).data.idea!.comments.edges.map((e: any) => e.node).find((n: any) => n.id === held);
    expect(restored).toEqual({ id: held, moderationState: 'VISIBLE', replyCount: 1, replies: { edges: [{ node: { id: reply, replyCount: 1 } }] } });
    expect(await exactInRows(kept)).toEqual({ kept: 4, rows: 4 });

    // Hidden by the team from view: it leaves once, with the one reply read through it (the deleted one was not counted).
    expect((await moderate('HIDE', held)).errors).toBeUndefined();
    expect(await count(kept)).toBe(2);
    expect(await exactInRows(kept)).toEqual({ kept: 2, rows: 2 });
  });

  it('recounts, once, what was counted before this rule: replies under a held comment, in the idea and their parent', async () => {
    const [ana, ben, cara] = [await person(t), await person(t), await person(t)];
    const idea = await propose(t, ana, ch, { title: 'A roof rack that folds away' });
    const held = (await comment(t, ben, idea, 'Cheaper racks at my shop')).data.addComment.id;
    expect((await comment(t, cara, idea, 'Link?', held)).errors).toBeUndefined();
    for (let i = 0; i < 3; i++) await report(await established(), { targetType: 'COMMENT', targetId: held, reason: 'SPAM' });
    expect(await count(idea)).toBe(0);
    // The counts as the earlier rule left them: the reply still in the idea's count, a held reply in its parent's.
    await t.foldCounters();
    await t.sql(`UPDATE idea SET comment_count = comment_count + 1 WHERE id = $1`, [idea]);
    await t.sql(`UPDATE comment SET reply_count = reply_count + 1 WHERE id = $1`, [held]);
    const runner = { query: (sql: string) => t.sql(sql) } as unknown as QueryRunner;
    await new PublicCommentCounts1796128800000().up(runner);
    expect(await count(idea)).toBe(0);
    expect((await t.sql(`SELECT reply_count FROM comment WHERE id = $1`, [held]))[0].reply_count).toBe(1);
    expect((await moderate('RESTORE', held)).errors).toBeUndefined();
    expect(await count(idea)).toBe(2);
    expect(await exactInRows(idea)).toEqual({ kept: 2, rows: 2 });
  });
});
