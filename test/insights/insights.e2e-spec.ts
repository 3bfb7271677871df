import { InsightsBucketingJob, InsightsRebuildService } from '@pollen/insights';
import { SentimentLabellingJob } from '@pollen/sentiment';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, cast, challenge, comment, joinTeam, person, propose, vote } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const INSIGHTS = graphql(`query InsightsChallengeInsights($c: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize, $first: Int) {
  challengeInsights(challengeId: $c, from: $from, to: $to, bucket: $bucket) {
    from to bucket participantBuckets sentimentTrend
    sentiment { positive neutral negative }
    moderation { reports holds actions }
    buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }
    mostDiscussed(first: $first) { ideaId comments upvotes downvotes idea { id title } }
    mostDivisive(first: $first) { ideaId upvotes downvotes }
    topContributors(first: $first) { participantId points shareBp participant { id displayName } }
  }
}`);

const day = (offset: number) => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), new Date().getUTCDate() + offset)).toISOString().slice(0, 10);

// A challenge seeded over GraphQL (ideas, votes both ways, comments in both moods), its
// buckets kept by the insights consumer from the outbox, every figure checked against the rows.
describe('challenge insights for the brand team', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let moderator: Person;
  let orgId: string;
  let challengeId: string;
  let ideas: string[];
  const consume = async () => {
    await t.app.get(SentimentLabellingJob).consumeNow();
    await t.app.get(InsightsBucketingJob).consumeNow();
  };
  const insights = async (variables: Record<string, unknown>, who: Person = owner) => send(t, who, INSIGHTS, { c: challengeId, from: `${day(-2)}T00:00:00Z`, to: `${day(1)}T00:00:00Z`, ...variables });

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_CONSUMER_POLL_MS: '600000' } });
    ({ owner, ana, ben, orgId } = await cast(t));
    moderator = await person(t);
    await joinTeam(t, owner, orgId, moderator, 'MODERATOR');
    challengeId = await challenge(t, owner, orgId, 'IDEATION', 'EN');
    const voters = [await person(t), await person(t), await person(t), await person(t)];
    ideas = [
      await propose(t, ana, challengeId, { title: 'Folding seats', body: 'Seats that fold flat for a cargo bay.' }),
      await propose(t, ben, challengeId, { title: 'Ads on the windscreen', body: 'Screens show offers from shops nearby.' }),
      await propose(t, ana, challengeId, { title: 'Solar roof', body: 'A roof that charges the battery.' }),
    ];
    await setPhaseVoting();
    // Idea 1: liked; idea 2: divisive (votes both ways); idea 3: untouched.
    for (const voter of voters) expect((await vote(t, voter, ideas[0], 'UP')).errors).toBeUndefined();
    for (const [i, voter] of voters.entries()) expect((await vote(t, voter, ideas[1], i % 2 ? 'DOWN' : 'UP')).errors).toBeUndefined();
    expect((await vote(t, ben, ideas[0], 'UP')).errors).toBeUndefined();
    for (const body of ['Love it, brilliant 😍', 'Really practical, great job', 'How wide is the boot?']) expect((await comment(t, ben, ideas[0], body)).errors).toBeUndefined();
    for (const body of ['Terrible idea, nobody wants ads 👎', 'Awful and dangerous']) expect((await comment(t, voters[0], ideas[1], body)).errors).toBeUndefined();
    await t.sealLedger();
    await consume();

    async function setPhaseVoting() {
      const res = await send(t, owner, graphql(`mutation InsightsSetChallengePhase($id: ID!) { setChallengePhase(challengeId: $id, phase: VOTING) { phase } }`), { id: challengeId });
      expect(res.errors).toBeUndefined();
    }
  });
  afterAll(() => t.close());

  it('gives the figures per day, each equal to what the rows say', async () => {
    const res = await insights({ bucket: 'DAY', first: 5 });
    expect(res.errors).toBeUndefined();
    const answer = res.data.challengeInsights;
    expect(answer.buckets.map((b: { start: string }) => b.start)).toEqual([day(-2), day(-1), day(0)]);
    const today = answer.buckets[2];
    const [rows] = await t.sql(
      `SELECT (SELECT count(*)::int FROM idea WHERE challenge_id = $1) AS ideas,
              (SELECT count(*)::int FROM comment WHERE challenge_id = $1) AS comments,
              (SELECT count(*)::int FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1) AS votes,
              (SELECT count(DISTINCT u)::int FROM (SELECT author_id AS u FROM idea WHERE challenge_id = $1 UNION SELECT author_id FROM comment WHERE challenge_id = $1
                 UNION SELECT v.user_id FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1) p) AS participants`,
      [challengeId],
    );
    expect(today).toMatchObject({ newIdeas: rows.ideas, comments: rows.comments, votes: rows.votes, participants: rows.participants });
    expect([rows.ideas, rows.comments, rows.votes, rows.participants]).toEqual([3, 5, 9, 6]);
    expect(answer.buckets[0]).toMatchObject({ newIdeas: 0, comments: 0, votes: 0, participants: 0, netSentiment: null });

    const labels = await t.sql(`SELECT label, count(*)::int AS n FROM content_sentiment WHERE challenge_id = $1 GROUP BY label`, [challengeId]);
    const byLabel = Object.fromEntries(labels.map((row) => [row.label, row.n]));
    expect(answer.sentiment).toEqual({ positive: byLabel.POSITIVE ?? 0, neutral: byLabel.NEUTRAL ?? 0, negative: byLabel.NEGATIVE ?? 0 });
    expect(answer.sentiment.positive + answer.sentiment.neutral + answer.sentiment.negative).toBe(8); // 3 ideas, 5 comments
    expect(answer.sentiment.negative).toBeGreaterThanOrEqual(2);
  });

  it('ranks the most discussed and the most divisive ideas, and the top contributors by ledger points', async () => {
    const answer = (await insights({ first: 2 })).data.challengeInsights;
    expect(answer.mostDiscussed.map((i: { ideaId: string; comments: number }) => [i.ideaId, i.comments])).toEqual([[ideas[0], 3], [ideas[1], 2]]);
    expect(answer.mostDiscussed[0].idea).toEqual({ id: ideas[0], title: 'Folding seats' });
    expect(answer.mostDivisive).toEqual([{ ideaId: ideas[1], upvotes: 2, downvotes: 2 }]);

    const statement = await send(t, owner, graphql(`query InsightsOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 2) { edges { node { party participant { id } points shareBasisPoints } } } }`), { c: challengeId });
    expect(statement.errors).toBeUndefined();
    // The statement's parties (author pseudonyms), each with the participant the brand team sees behind it.
    const expected = statement.data.ownershipStatement.edges.map(({ node }) => ({ participantId: node.party, participant: node.participant!.id, points: node.points, shareBp: node.shareBasisPoints }));
    expect(
      answer.topContributors.map(({ participantId, participant, points, shareBp }: { participantId: string; participant: { id: string } | null; points: number; shareBp: number }) => ({
        participantId,
        participant: participant?.id,
        points,
        shareBp,
      })),
    ).toEqual(expected);
    expect(answer.topContributors).toHaveLength(2);
  });

  it('counts distinct participants per week, not the sum of their days', async () => {
    const res = await insights({ bucket: 'WEEK', from: `${day(-14)}T00:00:00Z` });
    expect(res.errors).toBeUndefined();
    const weeks = res.data.challengeInsights.buckets;
    expect(new Set(weeks.map((w: { start: string }) => new Date(`${w.start}T00:00:00Z`).getUTCDay()))).toEqual(new Set([1]));
    expect(weeks.reduce((n: number, w: { participants: number }) => n + w.participants, 0)).toBe(6);
    expect(weeks.reduce((n: number, w: { votes: number }) => n + w.votes, 0)).toBe(9);
  });

  it('counts the moderation load from moderation events', async () => {
    // The moderation library records these (in the transaction of the report or action); written here as it would.
    for (const [type, actorId, action] of [['moderation.reported', ana.id, null], ['moderation.reported', ben.id, null], ['moderation.actioned', null, 'AUTO_HOLD'], ['moderation.actioned', owner.id, 'HIDE']] as const) {
      await t.sql(`INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload) VALUES ($1, $2, $3, $4, $5)`, [type, challengeId, ideas[1], actorId, { action, targetId: ideas[1] }]);
    }
    await consume();
    const answer = (await insights({})).data.challengeInsights;
    expect(answer.moderation).toEqual({ reports: 2, holds: 1, actions: 1 });
    expect(answer.buckets[2].moderation).toEqual({ reports: 2, holds: 1, actions: 1 });
  });

  it('rebuilds from the rows to the same figures, and then counts nothing twice', async () => {
    const before = (await insights({ first: 5 })).data.challengeInsights;
    await t.app.get(InsightsRebuildService).rebuild(challengeId);
    await consume();
    expect((await insights({ first: 5 })).data.challengeInsights).toEqual(before);
    expect((await comment(t, ana, ideas[2], 'Smart, I like it')).errors).toBeUndefined();
    await consume();
    const after = (await insights({ first: 5 })).data.challengeInsights;
    expect(after.buckets[2].comments).toBe(before.buckets[2].comments + 1);
    expect(after.buckets[2].participants).toBe(before.buckets[2].participants);

    // Content dated yesterday (data that came without events): a rebuild puts it in its day.
    await t.sql(`UPDATE comment SET created_at = created_at - interval '1 day' WHERE idea_id = $1`, [ideas[1]]);
    await t.app.get(InsightsRebuildService).rebuild(challengeId);
    const moved = (await insights({})).data.challengeInsights;
    expect(moved.buckets[1].comments).toBe(2);
    expect(moved.buckets[2].comments).toBe(after.buckets[2].comments - 2);
    expect(moved.moderation).toEqual(after.moderation);
  });

  it('keeps the running totals right when a vote changes side or a comment goes in a later batch', async () => {
    const voter = await person(t);
    expect((await vote(t, voter, ideas[2], 'UP')).errors).toBeUndefined();
    const said = (await comment(t, voter, ideas[2], 'Nice')).data.addComment.id;
    await consume();
    expect((await vote(t, voter, ideas[2], 'DOWN')).errors).toBeUndefined();
    expect((await send(t, voter, graphql(`mutation InsightsDeleteComment($id: ID!) { deleteComment(commentId: $id) { id } }`), { id: said })).errors).toBeUndefined();
    await consume();
    const [totals] = await t.sql(`SELECT comments, upvotes, downvotes FROM insight_idea WHERE idea_id = $1`, [ideas[2]]);
    const [rows] = await t.sql(
      `SELECT (SELECT count(*)::int FROM comment WHERE idea_id = $1 AND deleted_at IS NULL) AS comments,
              (SELECT count(*)::int FROM vote WHERE idea_id = $1 AND value = 1) AS upvotes, (SELECT count(*)::int FROM vote WHERE idea_id = $1 AND value = -1) AS downvotes`,
      [ideas[2]],
    );
    expect(totals).toEqual(rows);
    expect(await t.sql(`SELECT * FROM outbox_consumer_failure`)).toEqual([]);
  });

  it('answers the team only, and refuses bad ranges with the field named', async () => {
    expect((await insights({}, moderator)).errors).toBeUndefined();
    expect((await insights({}, ana)).errors[0].extensions.code).toBe('FORBIDDEN');
    const rival = await person(t);
    await brand(t, rival);
    expect((await insights({}, rival)).errors[0].extensions.code).toBe('FORBIDDEN');
    const anonymous = await send(t, undefined, INSIGHTS, { c: challengeId, from: `${day(-2)}T00:00:00Z`, to: `${day(1)}T00:00:00Z` });
    expect(anonymous.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    const backwards = await insights({ from: `${day(1)}T00:00:00Z`, to: `${day(-1)}T00:00:00Z` });
    expect(backwards.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const tooLong = await insights({ from: '2020-01-01T00:00:00Z', bucket: 'DAY' });
    expect(tooLong.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await insights({ from: '2024-01-01T00:00:00Z', bucket: 'WEEK' })).errors).toBeUndefined();
    expect((await insights({ from: '2019-01-01T00:00:00Z', bucket: 'WEEK' })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const tooMany = await insights({ first: 50 });
    expect(tooMany.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(tooMany.data).toBeNull();
  });
});
