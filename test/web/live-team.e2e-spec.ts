import { brand, challenge, comment, joinTeam, propose, type Person } from '../support/co-creation';
import type { Registered } from '../setup/test-app';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import { LIVE } from '../bench/web/page-scripts';

const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });
const REFUSED = 'This is the brand team’s control room';

// What the team's moderation does to other open pages, live: a moderator removed from the team
// loses the control room at once, and a hidden comment's replies leave the idea's count with it.
describe('web client: live changes of the team and of public counts', () => {
  let web: WebTest;
  let lead: Registered;
  let org: string;
  let ch: string;

  beforeAll(async () => {
    web = await startWebTest();
    lead = await web.api.register({ displayName: 'Lea Lead' });
    org = await brand(web.api, asPerson(lead));
    ch = await challenge(web.api, asPerson(lead), org);
  });
  afterAll(() => web.close());

  /** The owner acts on one comment through the API, as the moderation page does. */
  const moderateComment = async (action: 'HIDE' | 'RESTORE', commentId: string, reason: string) => {
    const res = await web.api.gql(
      `mutation($i: ModerateInput!) { moderate(input: $i) { id } }`,
      { i: { organizationId: org, action, targets: [{ targetType: 'COMMENT', targetId: commentId }], reason } },
      lead.accessToken,
    );
    expect(res.errors).toBeUndefined();
  };

  it('shows a moderator removed by the owner the refusal in place of the open moderation queue, without a reload', async () => {
    const mo = await web.api.register({ displayName: 'Mo Derator' });
    await joinTeam(web.api, asPerson(lead), org, asPerson(mo), 'MODERATOR');
    const moderator = await web.page();
    await signIn(moderator, mo);
    await moderator.goto(`/manage/challenges/${ch}/moderation`);
    await expectPage(moderator.getByText('Live: reports and holds appear as they happen.')).toBeVisible();
    await expectPage(moderator.getByRole('list', { name: 'Queue' }).or(moderator.getByText('Nothing to moderate.'))).toBeVisible();
    await expectPage(moderator.getByRole('link', { name: 'Control room' })).toBeVisible();
    // A mark on this document: if the page were loaded again it would be gone.
    await moderator.evaluate(() => ((globalThis as { loadedOnce?: boolean }).loadedOnce = true));

    const owner = await web.page();
    await signIn(owner, lead);
    await owner.goto(`/manage/organizations/${org}/members`);
    await owner.getByRole('button', { name: 'Remove Mo Derator from the team' }).click();
    await owner.getByRole('alertdialog').getByRole('button', { name: 'Remove from the team' }).click();
    await expectPage(owner.getByRole('row', { name: /Mo Derator/ })).toBeHidden();

    await expectPage(moderator.getByRole('heading', { level: 1, name: REFUSED })).toBeVisible();
    await expectPage(moderator.getByText('Only the owners and moderators of Brand may open it. Your account is not on its team.')).toBeVisible();
    await expectPage(moderator.getByRole('heading', { level: 1, name: 'Moderation of “City car 2030”' })).toHaveCount(0);
    await expectPage(moderator.getByRole('region', { name: 'Moderation log' })).toHaveCount(0);
    // The header's link to the control room goes too (myOrganizations read again).
    await expectPage(moderator.getByRole('link', { name: 'Control room' })).toHaveCount(0);
    expect(await moderator.evaluate(() => (globalThis as { loadedOnce?: boolean }).loadedOnce)).toBe(true);
    expect(web.pageErrors).toEqual([]);
  });

  it('lowers the idea’s comment count by the hidden comment and its 2 replies, live on another participant’s page', async () => {
    const [ana, ben, cy] = [await web.api.register({ displayName: 'Ana' }), await web.api.register({ displayName: 'Ben' }), await web.api.register({ displayName: 'Cy' })];
    const ideaId = await propose(web.api, asPerson(ana), ch, { title: 'Roof that opens', body: 'Sun in the city.' });
    const rude = await comment(web.api, asPerson(ben), ideaId, 'A rude remark');
    expect(rude.errors).toBeUndefined();
    const rudeId: string = rude.data.addComment.id;
    for (const [who, body] of [[ana, 'No need for that'], [cy, 'Agreed, be kind']] as const) {
      expect((await comment(web.api, asPerson(who), ideaId, body, rudeId)).errors).toBeUndefined();
    }
    expect((await comment(web.api, asPerson(cy), ideaId, 'Does it leak?')).errors).toBeUndefined();

    const reader = await web.page();
    await signIn(reader, cy);
    await reader.goto(`/ideas/${ideaId}`);
    await expectPage(reader.getByRole('heading', { name: 'Comments (4)' })).toBeVisible();
    await expectPage(reader.getByText('Agreed, be kind')).toBeVisible();
    await reader.waitForFunction(LIVE);

    await moderateComment('HIDE', rudeId, 'Not kind');
    await expectPage(reader.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
    await expectPage(reader.getByText('A rude remark')).toHaveCount(0);
    await expectPage(reader.getByText('Does it leak?')).toBeVisible();
    // The count the page shows is the server's.
    const read = await web.api.gql(`query($id: ID!) { idea(id: $id) { commentCount } }`, { id: ideaId }, cy.accessToken);
    expect(read.data.idea.commentCount).toBe(1);

    // Restored: the three come back in the count, live.
    await moderateComment('RESTORE', rudeId, 'On second thought');
    await expectPage(reader.getByRole('heading', { name: 'Comments (4)' })).toBeVisible();
    // A page that catches up gets the same counts: the events carry them in challengeEvents too.
    const events = await web.api.gql(`query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type data } }`, { c: ch }, cy.accessToken);
    const counts = events.data.challengeEvents
      .filter((e: { type: string; data: { targetId?: string } }) => e.type === 'moderation.actioned' && e.data.targetId === rudeId)
      .map((e: { data: { action: string; commentCount: number } }) => [e.data.action, e.data.commentCount]);
    expect(counts).toEqual([
      ['HIDE', 1],
      ['RESTORE', 4],
    ]);
    expect(web.pageErrors).toEqual([]);
  });
});
