import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from 'playwright-core';
import { brand, challenge, propose, setPhase, vote, type Person } from '../support/co-creation';
import { graphql } from '../gql';
import type { Registered } from '../setup/test-app';
import { send } from '../support/graphql';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import { LIVE } from '../bench/web/page-scripts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** Presses Tab until `target` has the focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === (globalThis as any).document.activeElement)) return;
  }
  throw new Error('never reached by Tab');
}

describe('web client: the control room, moderation and review', () => {
  let web: WebTest;
  let lead: Registered;
  let ana: Registered;
  let ben: Registered;
  let org: string;
  let ch: string;
  let review: string;

  const report = (who: Registered, ideaId: string) =>
    send(web.api, who.accessToken, graphql(`mutation ControlRoomModerationReport($i: ReportInput!) { report(input: $i) { targetId } }`), { i: { targetType: 'IDEA', targetId: ideaId, reason: 'SPAM' } });
  const visibility = async (ideaId: string) => (await web.api.sql(`SELECT visibility FROM idea WHERE id = $1`, [ideaId]))[0].visibility;
  const moderationPage = async (path = 'moderation') => {
    const page = await web.page();
    await signIn(page, lead);
    await page.goto(`/manage/challenges/${ch}/${path}`);
    return page;
  };

  beforeAll(async () => {
    web = await startWebTest();
    lead = await web.api.register({ displayName: 'Lea Lead' });
    ana = await web.api.register({ displayName: 'Ana Author' });
    ben = await web.api.register({ displayName: 'Ben Reader' });
    org = await brand(web.api, asPerson(lead));
    ch = await challenge(web.api, asPerson(lead), org);
    review = await challenge(web.api, asPerson(lead), org);
  });
  afterAll(() => web.close());

  it('shows a participant’s report in the moderator’s queue live, and the moderator’s hide takes the idea off the participant’s page live', async () => {
    const ideaId = await propose(web.api, asPerson(ana), ch, { title: 'Cheap watches here', body: 'Visit my shop.' });
    const moderator = await moderationPage();
    await expectPage(moderator.getByText('Live: reports and holds appear as they happen.')).toBeVisible();
    await expectPage(moderator.getByText('Nothing to moderate.')).toBeVisible();

    const reader = await web.page();
    await signIn(reader, ben);
    await reader.goto(`/ideas/${ideaId}`);
    await reader.getByRole('button', { name: 'Report' }).click();
    await reader.getByLabel('What is wrong').selectOption('SPAM');
    await reader.getByRole('button', { name: 'Send the report' }).click();
    await expectPage(reader.getByText('Thank you: the brand’s team has your report.')).toBeVisible();

    const queue = moderator.getByRole('list', { name: 'Queue' });
    await expectPage(queue.getByRole('heading', { name: /Cheap watches here/ })).toBeVisible();
    await expectPage(queue).toContainText('Reported by 1 participant');
    await expectPage(moderator.getByRole('group', { name: 'Items per state' }).getByRole('button', { name: /Reported/ })).toContainText('1');

    await reader.goto(`/challenges/${ch}?sort=NEW`);
    await reader.waitForFunction(LIVE);
    await expectPage(reader.getByRole('feed').getByRole('link', { name: 'Cheap watches here' })).toBeVisible();
    await moderator.getByRole('checkbox', { name: 'Select “Cheap watches here”' }).check();
    await moderator.getByLabel('Reason').first().fill('Advertising, not an idea');
    await moderator.getByRole('button', { name: 'Hide (1 item)' }).click();
    await expectPage(moderator.getByText('Done: Hide, 1 item.')).toBeVisible();
    await expectPage(reader.getByRole('feed').getByRole('link', { name: 'Cheap watches here' })).toHaveCount(0);
    expect(await visibility(ideaId)).toBe('HIDDEN');
    await expectPage(moderator.getByRole('region', { name: 'Moderation log' })).toContainText('Advertising, not an idea');
  });

  it('moderates a selection with the keyboard only', async () => {
    const ids = [
      await propose(web.api, asPerson(ana), ch, { title: 'Buy followers fast', body: 'Cheap.' }),
      await propose(web.api, asPerson(ana), ch, { title: 'Crypto giveaway', body: 'Send one, get two.' }),
    ];
    for (const id of ids) expect((await report(ben, id)).errors).toBeUndefined();
    const page = await moderationPage();
    await expectPage(page.getByRole('checkbox', { name: 'Select “Crypto giveaway”' })).toBeVisible();
    await page.locator('body').focus();
    await tabTo(page, page.getByRole('checkbox', { name: 'Select “Buy followers fast”' }));
    await page.keyboard.press('Space');
    await tabTo(page, page.getByRole('checkbox', { name: 'Select “Crypto giveaway”' }));
    await page.keyboard.press('Space');
    await expectPage(page.getByRole('heading', { name: 'Act on 2 selected items' })).toBeVisible();
    await tabTo(page, page.getByLabel('Reason').first());
    await page.keyboard.type('Spam, twice');
    await tabTo(page, page.getByRole('button', { name: 'Hide (2 items)' }));
    await page.keyboard.press('Enter');
    await expectPage(page.getByText('Done: Hide, 2 items.')).toBeVisible();
    for (const id of ids) expect(await visibility(id)).toBe('HIDDEN');
  });

  it('merges two duplicates seen side by side, and undoes the merge from the log', async () => {
    const kept = await propose(web.api, asPerson(ana), ch, { title: 'Solar panels on the roof', body: 'Charge while parked.' });
    const dup = await propose(web.api, asPerson(ben), ch, { title: 'Solar panels on the roof too', body: 'Same, but mine.' });
    const page = await moderationPage();
    const duplicates = page.getByRole('region', { name: 'Likely duplicates' });
    await duplicates.getByRole('button', { name: /Solar panels on the roof/ }).first().click();
    const merged = duplicates.getByRole('article', { name: /Merged away/ });
    const keptSide = duplicates.getByRole('article', { name: 'Kept' });
    await expectPage(merged).toContainText('Solar panels on the roof');
    await expectPage(keptSide).toContainText('Solar panels on the roof');
    if (!(await keptSide.innerText()).includes('Charge while parked.')) await duplicates.getByRole('button', { name: 'Swap which one is kept' }).click();
    await expectPage(keptSide).toContainText('Charge while parked.');
    await duplicates.getByLabel('Reason').fill('Same idea twice');
    await duplicates.getByRole('button', { name: 'Merge', exact: true }).click();
    await expectPage(page.getByText('The ideas were merged. The log can undo it.')).toBeVisible();
    expect(await visibility(dup)).toBe('MERGED');

    const log = page.getByRole('region', { name: 'Moderation log' });
    await log.getByRole('button', { name: 'Undo the merge' }).first().click();
    await log.getByLabel('Why undo it').fill('They differ after all');
    await log.getByRole('form', { name: 'Undo this merge' }).getByRole('button', { name: 'Undo the merge' }).click();
    await expectPage(page.getByText('The merge was undone.')).toBeVisible();
    expect(await visibility(dup)).toBe('VISIBLE');
    expect(await visibility(kept)).toBe('VISIBLE');
    await log.getByLabel('Search the reasons').fill('differ after');
    // The merge's own entry ("Same idea twice") is filtered out; the undo's entries remain.
    await expectPage(log.getByRole('listitem').filter({ hasText: 'Same idea twice' })).toHaveCount(0);
    await expectPage(log).toContainText('Merge undone');
  });

  it('decides on an idea from the review board, and its author is told at once', async () => {
    const ideaId = await propose(web.api, asPerson(ana), review, { title: 'Seats that swivel', body: 'Face your friends.' });
    await vote(web.api, asPerson(ben), ideaId, 'UP');
    await setPhase(web.api, asPerson(lead), review, 'VOTING');
    await setPhase(web.api, asPerson(lead), review, 'REVIEW');
    const author = await web.page();
    await signIn(author, ana);
    await author.goto(`/challenges/${review}`);
    await expectPage(author.getByRole('link', { name: 'Notifications' })).toBeVisible();
    await author.waitForFunction(LIVE);
    const before = Number((await web.api.sql(`SELECT count(*) AS n FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [ana.user.id]))[0].n);
    await expectPage(author.getByRole('link', { name: before ? `Notifications, ${before} unread` : 'Notifications' })).toBeVisible();

    const page = await web.page();
    await signIn(page, lead);
    await page.goto(`/manage/challenges/${review}/review`);
    await page.getByRole('button', { name: 'Most divisive' }).click();
    await page.getByRole('button', { name: 'By score' }).click();
    const form = page.getByRole('form', { name: 'Decide on “Seats that swivel”' });
    await form.getByLabel('Decision').selectOption('SHORTLISTED');
    await form.getByLabel('Reason (shown to the author)').fill('Our designers love it');
    await form.getByRole('button', { name: 'Decide' }).click();
    await expectPage(page.getByText('“Seats that swivel” is now Shortlisted; its author was told.')).toBeVisible();
    // The author is told at once: the bell's count goes up by one, live (through the inbox consumer,
    // then the author's room). The earlier tests of this file left notifications for the author too
    // (held, merged): the count before is the inbox's, read once the bell shows it.
    const told = `Notifications, ${before + 1} unread`;
    await expectPage(author.getByRole('link', { name: told }), 20_000).toBeVisible();
    await author.getByRole('link', { name: told }).click();
    await expectPage(author.getByRole('main')).toContainText('Seats that swivel');
  });

  it('tells a suspended participant who tries to propose until when, and why', async () => {
    const cleo = await web.api.register({ displayName: 'Cleo Suspended' });
    const suspended = await send(web.api, lead.accessToken, graphql(`mutation ControlRoomModerationSuspend($i: SuspendInput!) { suspendParticipant(input: $i) { action } }`), {
      i: { organizationId: org, userId: cleo.user.id, days: 3, reason: 'Spam links in every comment' },
    });
    expect(suspended.errors).toBeUndefined();
    const page = await web.page();
    await signIn(page, cleo);
    await page.goto(`/challenges/${ch}/propose`);
    await page.getByLabel('Title').fill('A roof box that folds flat');
    await page.getByLabel('Describe your idea').fill('Folds into the boot lid when empty.');
    await page.getByRole('button', { name: 'Propose', exact: true }).click();
    const alert = page.getByRole('alert');
    await expectPage(alert).toContainText('The brand’s team suspended your participation until');
    await expectPage(alert).toContainText('Reason: Spam links in every comment');
    // Not the server's sentence, and not a failure of ours.
    expect(await alert.innerText()).not.toMatch(/Something went wrong|suspended from this organisation/);
    expect((await web.api.sql(`SELECT count(*)::int AS n FROM idea WHERE author_id = $1`, [cleo.user.id]))[0].n).toBe(0);
  });

  it('refuses the control room to a participant, on the page and in the API', async () => {
    const page = await web.page();
    await signIn(page, ben);
    await expectPage(page.getByRole('link', { name: 'Control room' })).toHaveCount(0);
    for (const path of ['/manage', `/manage/challenges/${ch}/moderation`, `/manage/challenges/${ch}/review`, `/manage/organizations/${org}/members`]) {
      await page.goto(path);
      await expectPage(page.getByRole('heading', { level: 1, name: 'This is the brand team’s control room' })).toBeVisible();
    }
    const queue = await send(web.api, ben.accessToken, graphql(`query ControlRoomModerationQueueCounts($o: ID!) { moderationQueue(organizationId: $o) { counts { REPORTED } } }`), { o: org });
    expect(queue.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', rule: 'NOT_ORGANIZATION_TEAM' });
    const team = await web.page();
    await signIn(team, lead);
    await expectPage(team.getByRole('link', { name: 'Control room' })).toBeVisible();
  });

  it('has no WCAG 2.x A/AA violations on its pages, and speaks French and Portuguese', async () => {
    const page = await web.page();
    await signIn(page, lead);
    const pages: [string, string][] = [
      ['/manage', 'Control room'],
      [`/manage/challenges/${ch}/moderation`, 'Moderation of “City car 2030”'],
      [`/manage/challenges/${review}/review`, 'Review of “City car 2030”'],
    ];
    for (const [path, heading] of pages) {
      await page.goto(path);
      await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectPage(page.getByRole('status').filter({ hasText: 'Loading…' })).toHaveCount(0);
      expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
    }
    const refused = await web.page();
    await signIn(refused, ben);
    await refused.goto(`/manage/challenges/${ch}/moderation`);
    await expectPage(refused.getByRole('heading', { level: 1, name: 'This is the brand team’s control room' })).toBeVisible();
    expect(await violations(refused)).toEqual([]);

    await page.goto(`/manage/challenges/${ch}/moderation`);
    await page.getByLabel('Language').selectOption('fr');
    await expectPage(page.getByRole('heading', { level: 1, name: 'Modération de « City car 2030 »' })).toBeVisible();
    await expectPage(page.getByRole('group', { name: 'Éléments par état' }).getByRole('button', { name: /Retenus/ })).toBeVisible();
    await page.getByLabel('Langue').selectOption('pt');
    await expectPage(page.getByRole('heading', { level: 1, name: 'Moderação de “City car 2030”' })).toBeVisible();
    await expectPage(page.getByRole('group', { name: 'Itens por estado' }).getByRole('button', { name: /Retidos/ })).toBeVisible();
  });
});
