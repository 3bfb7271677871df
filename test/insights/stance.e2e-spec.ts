import { InsightsBucketingJob, InsightsRebuildService } from '@pollen/insights';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, comment, propose } from '../support/co-creation';
import { graphql } from '../gql';
import type { CommentStance } from '../gql/graphql';
import { send } from '../support/graphql';

const STANCE = graphql(`query StanceChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!) {
  challengeInsights(challengeId: $c, from: $from, to: $to) { stance { for neutral against } buckets { start stance { for neutral against } } }
}`);
const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset)).toISOString().slice(0, 10);

// Stance beside sentiment: the commenters' own FOR / NEUTRAL / AGAINST, counted per day by the
// insights consumer from the outbox (written, changed, deleted), equal to the rows, and rebuilt to the same.
describe('challenge insights: stance', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let challengeId: string;
  const consume = () => t.app.get(InsightsBucketingJob).consumeNow();
  const stance = async () => {
    const res = await send(t, owner, STANCE, { c: challengeId, from: `${day(-1)}T00:00:00Z`, to: `${day(1)}T00:00:00Z` });
    expect(res.errors).toBeUndefined();
    return res.data.challengeInsights;
  };
  const fromRows = async () =>
    (
      await t.sql(
        `SELECT count(*) FILTER (WHERE stance = 'FOR')::int AS "for", count(*) FILTER (WHERE stance = 'NEUTRAL')::int AS neutral, count(*) FILTER (WHERE stance = 'AGAINST')::int AS against
           FROM comment WHERE challenge_id = $1 AND deleted_at IS NULL`,
        [challengeId],
      )
    )[0];
  const addComment = async (who: Person, ideaId: string, body: string, stanceValue: CommentStance) => {
    const res = await send(t, who, graphql(`mutation StanceAddComment($i: AddCommentInput!) { addComment(input: $i) { id stance } }`), { i: { ideaId, body, stance: stanceValue } });
    expect(res.errors).toBeUndefined();
    return res.data.addComment.id as string;
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_CONSUMER_POLL_MS: '600000' } });
    ({ owner, ana, ben } = await cast(t));
    challengeId = await challenge(t, owner, (await t.sql(`SELECT organization_id FROM organization_member WHERE user_id = $1`, [owner.id]))[0].organization_id);
  });
  afterAll(() => t.close());

  it('counts each stance on the day its comment was written, follows a change of stance and a deletion, and matches the rows', async () => {
    const ideaId = await propose(t, ana, challengeId);
    const changing = await addComment(ben, ideaId, 'Great, I want one', 'FOR');
    await addComment(ben, ideaId, 'Not sure about the price', 'NEUTRAL');
    const deleted = await addComment(owner, ideaId, 'No room for a pram', 'AGAINST');
    await addComment(ana, ideaId, 'Thanks all', 'AGAINST');
    expect((await comment(t, ana, ideaId, 'No stance stated')).errors).toBeUndefined();
    await consume();
    expect((await stance()).stance).toEqual({ for: 1, neutral: 1, against: 2 });

    const edited = await send(t, ben, graphql(`mutation StanceEditComment($i: EditCommentInput!) { editComment(input: $i) { stance } }`), { i: { commentId: changing, body: 'Great, but not at that price', stance: 'AGAINST' } });
    expect(edited.errors).toBeUndefined();
    // Editing the text alone keeps the stance where it is.
    expect((await send(t, ben, graphql(`mutation StanceEditComment2($i: EditCommentInput!) { editComment(input: $i) { stance } }`), { i: { commentId: changing, body: 'Great, but not at that price!' } })).errors).toBeUndefined();
    expect((await send(t, owner, graphql(`mutation StanceDeleteComment($id: ID!) { deleteComment(commentId: $id) { deleted } }`), { id: deleted })).errors).toBeUndefined();
    await consume();
    const after = await stance();
    expect(after.stance).toEqual({ for: 0, neutral: 1, against: 2 });
    expect(after.stance).toEqual(await fromRows());
    expect(after.buckets.map((b: { start: string }) => b.start)).toEqual([day(-1), day(0)]);
    expect(after.buckets[1].stance).toEqual(after.stance);

    // A rebuild from the rows gives the same figures, and the consumer then counts nothing twice.
    await t.app.get(InsightsRebuildService).rebuild(challengeId);
    await consume();
    expect((await stance()).stance).toEqual(await fromRows());
  });
});
