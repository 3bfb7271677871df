import { NotificationsConsumer } from '@pollen/notifications';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, comment, person, propose } from '../support/co-creation';
import { ModerationStage, moderationStage } from '../support/moderation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const SUSPEND = graphql(`mutation SuspensionSuspendParticipant($i: SuspendInput!) { suspendParticipant(input: $i) { action after } }`);
const REINSTATE = graphql(`mutation SuspensionReinstateParticipant($i: ReinstateInput!) { reinstateParticipant(input: $i) { action after } }`);
const MODERATE = graphql(`mutation SuspensionModerate($i: ModerateInput!) { moderate(input: $i) { action } }`);

describe('suspension that hides a participant’s content, and reinstatement', () => {
  let t: TestApp;
  let owner: Person;
  let org: string;
  let ch: string;
  let report: ModerationStage['report'];
  const visibility = async (ids: string[]) => (await t.sql(`SELECT visibility FROM idea WHERE id = ANY($1::uuid[]) UNION ALL SELECT visibility FROM comment WHERE id = ANY($1::uuid[])`, [ids])).map((r) => r.visibility);
  const notices = async (who: Person) => {
    await t.app.get(NotificationsConsumer).consumeNow();
    return (await t.sql(`SELECT data->>'action' AS action FROM notification WHERE recipient_id = $1 AND kind = 'MODERATION_ACTION' ORDER BY created_at, id`, [who.id])).map((r) => r.action);
  };

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, org, ch, report } = await moderationStage(t));
  });
  afterAll(() => t.close());

  it('hides everything in one action the participant hears of once, and reinstating restores it however long their log has grown', async () => {
    const [ana, ben] = [await person(t), await person(t)];
    const first = await propose(t, ana, ch, { title: 'Roof tent' });
    const second = await propose(t, ana, ch, { title: 'Dog ramp' });
    const remark = (await comment(t, ana, await propose(t, ben, ch, { title: 'Bike rack' }), 'Buy my racks instead')).data.addComment.id;
    expect((await report(ben, { targetType: 'USER', targetId: ana.id, reason: 'SPAM', challengeId: ch })).errors).toBeUndefined();

    const suspended = await send(t, owner, SUSPEND, { i: { organizationId: org, userId: ana.id, reason: 'Advertising', days: 7, hideContent: true } });
    expect(suspended.errors).toBeUndefined();
    expect(suspended.data.suspendParticipant.after.hidden).toHaveLength(3);
    expect(await visibility([first, second, remark])).toEqual(['HIDDEN', 'HIDDEN', 'HIDDEN']);
    const hides = await t.sql(`SELECT target_id FROM moderation_action WHERE action = 'HIDE' AND target_id = ANY($1::uuid[])`, [[first, second, remark]]);
    expect(hides).toHaveLength(3);
    expect(await notices(ana)).toEqual(['SUSPEND']);

    // More than a page of the participant's own log entries after the suspension.
    for (let i = 0; i < 21; i++) {
      const res = await send(t, owner, MODERATE, { i: { organizationId: org, action: 'DISMISS', targets: [{ targetType: 'USER', targetId: ana.id }], reason: `Looked at again ${i}` } });
      expect(res.errors).toBeUndefined();
    }
    const reinstated = await send(t, owner, REINSTATE, { i: { organizationId: org, userId: ana.id, reason: 'Apologised' } });
    expect(reinstated.errors).toBeUndefined();
    expect(reinstated.data.reinstateParticipant.after.restored).toHaveLength(3);
    expect(await visibility([first, second, remark])).toEqual(['VISIBLE', 'VISIBLE', 'VISIBLE']);
    const told = await notices(ana);
    expect(told.filter((action) => action === 'HIDE' || action === 'RESTORE')).toEqual([]);
    expect(told[told.length - 1]).toBe('REINSTATE');
  });
});
