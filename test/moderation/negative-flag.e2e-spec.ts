import { NegativeContentJob } from '@pollen/moderation';
import { NotificationsConsumer } from '@pollen/notifications';
import { SentimentLabellingJob, STRONGLY_NEGATIVE_SCORE } from '@pollen/sentiment';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, comment, person, propose } from '../support/co-creation';
import { ModerationStage, moderationStage } from '../support/moderation';
import { graphql } from '../gql';
import type { ModerationItemState } from '../gql/graphql';
import { send } from '../support/graphql';

const QUEUE = graphql(`query NegativeFlagModerationQueue($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 50) {
  counts { FLAGGED REPORTED } edges { node { targetType targetId state sentiment { label score } } } } }`);
const LOG = graphql(`query NegativeFlagModerationLog($o: ID!, $t: ID) { moderationLog(organizationId: $o, targetId: $t, first: 10) { edges { node { action actor { id } reason } } } }`);

// Labels and flags come from the outbox, off the request path: the spec runs each consumer's pass
// itself (as the poll or the outbox notification would) and reads the queue over GraphQL.
describe('strongly negative content enters the moderation queue by itself', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;
  let report: ModerationStage['report'];
  const settle = async () => {
    await t.app.get(SentimentLabellingJob).consumeNow();
    await t.app.get(NegativeContentJob).consumeNow();
    await t.app.get(NotificationsConsumer).consumeNow();
  };
  const queue = async (states?: ModerationItemState[]) => {
    const res = await send(t, owner, QUEUE, { o: org, f: states ? { states } : null });
    expect(res.errors).toBeUndefined();
    return res.data.moderationQueue;
  };
  const stateOf = async (targetId: string) => (await t.sql(`SELECT state FROM moderation_item WHERE target_id = $1`, [targetId]))[0]?.state ?? null;

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_CONSUMER_POLL_MS: '600000' } });
    ({ owner, org, ch, report } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('queues visible ideas and comments at or below the threshold as FLAGGED, logged by Pollen, the content still visible and its author told nothing', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const harsh = await propose(t, ana, ch, { title: 'Scrap the dashboard', body: 'Useless garbage, worst idea ever, a complete scam.' });
    const calm = await propose(t, ana, ch, { title: 'A roof rack', body: 'Where would the rails be mounted on the roof?' });
    const angry = (await comment(t, ben, calm, 'This is terrible, awful and a total disaster. I hate it.')).data.addComment.id;
    const kind = (await comment(t, ben, calm, 'Love this, brilliant idea')).data.addComment.id;
    await settle();

    const flagged = await queue(['FLAGGED']);
    expect(flagged.edges.map((e: any) => [e.node.targetType, e.node.targetId]).sort()).toEqual([['COMMENT', angry], ['IDEA', harsh]].sort());
    for (const { node } of flagged.edges) {
      expect(node.state).toBe('FLAGGED');
      expect(node.sentiment!.label).toBe('NEGATIVE');
      expect(node.sentiment!.score).toBeLessThanOrEqual(STRONGLY_NEGATIVE_SCORE);
    }
    expect(flagged.counts.FLAGGED).toBe(2);
    const byDefault = (await queue()).edges.map((e: any) => e.node.targetId);
    expect(byDefault).toEqual(expect.arrayContaining([harsh, angry]));
    expect(byDefault).not.toContain(calm);
    expect(byDefault).not.toContain(kind);

    const log = (await send(t, owner, LOG, { o: org, t: harsh })).data.moderationLog.edges.map((e: any) => e.node);
    expect(log).toEqual([{ action: 'FLAG_NEGATIVE', actor: null, reason: expect.stringMatching(/^Strongly negative tone \(sentiment -0\.\d\d\)$/) }]);
    // Both were flagged in one pass (one statement each for items, log and events): each event names its own log entry.
    const recorded = await t.sql(
      `SELECT a.target_id AS "targetId", e.payload->>'targetId' = a.target_id::text AS "namesItsEntry"
         FROM moderation_action a JOIN domain_event e ON e.type = 'moderation.actioned' AND e.payload->>'actionId' = a.id::text
        WHERE a.action = 'FLAG_NEGATIVE' AND a.target_id = ANY($1::uuid[]) ORDER BY a.target_id`,
      [[harsh, angry]],
    );
    expect(recorded).toEqual([harsh, angry].sort().map((targetId) => ({ targetId, namesItsEntry: true })));
    const anonymous = await send(t, undefined, graphql(`query NegativeFlagIdea($id: ID!) { idea(id: $id) { moderationState } }`), { id: harsh });
    expect(anonymous.data.idea.moderationState).toBe('VISIBLE');
    expect(await t.sql(`SELECT kind FROM notification WHERE recipient_id = ANY($1::uuid[]) AND kind = 'MODERATION_ACTION'`, [[ana.id, ben.id]])).toEqual([]);
  });

  it('takes a flagged idea out of the queue when a revision is no longer strongly negative, and flags it again when it turns harsh', async () => {
    const ana = await person(t);
    const idea = await propose(t, ana, ch, { title: 'Heated seats', body: 'Useless garbage, worst idea ever, a complete scam.' });
    await settle();
    expect(await stateOf(idea)).toBe('FLAGGED');
    const revise = (body: string) => send(t, ana, graphql(`mutation NegativeFlagReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }`), { i: { ideaId: idea, body } });
    expect((await revise('Really nice and practical, great work!')).errors).toBeUndefined();
    await settle();
    expect(await stateOf(idea)).toBe('RESOLVED');
    expect((await queue()).edges.map((e: any) => e.node.targetId)).not.toContain(idea);
    expect((await revise('This is terrible, awful and a total disaster. I hate it.')).errors).toBeUndefined();
    await settle();
    expect(await stateOf(idea)).toBe('FLAGGED');
  });

  it('leaves an item the crowd or the team put elsewhere as it is, and a dismissed flag stays dismissed until the text changes', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const reported = await propose(t, ana, ch, { title: 'Reported first', body: 'A calm description of a roof box.' });
    expect((await report(ben, { targetType: 'IDEA', targetId: reported, reason: 'SPAM' })).errors).toBeUndefined();
    expect((await send(t, ana, graphql(`mutation NegativeFlagReviseIdea2($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }`), { i: { ideaId: reported, body: 'Useless garbage, worst idea ever, a complete scam.' } })).errors).toBeUndefined();
    const dismissed = await propose(t, ana, ch, { title: 'Harsh but fair', body: 'This is terrible, awful and a total disaster. I hate it.' });
    await settle();
    expect(await stateOf(reported)).toBe('REPORTED');
    expect(await stateOf(dismissed)).toBe('FLAGGED');

    const dismiss = await send(t, owner, graphql(`mutation NegativeFlagModerate($i: ModerateInput!) { moderate(input: $i) { action } }`), { i: { organizationId: org, action: 'DISMISS', targets: [{ targetType: 'IDEA', targetId: dismissed }], reason: 'Harsh, not abusive' } });
    expect(dismiss.errors).toBeUndefined();
    expect(await stateOf(dismissed)).toBe('RESOLVED');
    // Replaying every label (a new installation of the consumer) queues nothing the team decided on.
    await t.sql(`DELETE FROM outbox_consumer WHERE name = 'moderation-negative'`);
    await settle();
    expect(await stateOf(dismissed)).toBe('RESOLVED');
  });
});
