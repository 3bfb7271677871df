import type { Page } from 'playwright-core';
import { cast, challenge, propose } from '../support/co-creation';
import type { Registered } from '../setup/test-app';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

const focusedIn = (page: Page, selector: string) => page.evaluate((s) => Boolean((globalThis as any).document.activeElement?.closest(s)), selector);

// The revise and report dialogs share one modal form: the focus moves inside, Cancel closes it
// without writing, the server's refusal is said inside it and it stays open.
describe('web client: the form dialogs', () => {
  let web: WebTest;
  let ana: Registered;
  let ben: Registered;
  let ideaId: string;

  beforeAll(async () => {
    web = await startWebTest();
    const people = await cast(web.api);
    ana = await web.api.register({ displayName: 'Ana Author' });
    ben = await web.api.register({ displayName: 'Ben Reader' });
    const challengeId = await challenge(web.api, people.owner, people.orgId);
    ideaId = await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Bike rack in the boot', body: 'Two bikes.' });
  });
  afterAll(() => web.close());

  it('revises an idea: Cancel closes without a write, a refused tag is said in the dialog, a good one saves', async () => {
    const page = await web.page();
    await signIn(page, ana);
    await page.goto(`/ideas/${ideaId}`);
    await page.getByRole('button', { name: 'Revise' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revise your idea' });
    await expectPage(dialog).toBeVisible();
    expect(await focusedIn(page, '[role=dialog]')).toBe(true);
    await dialog.getByLabel('Title').fill('Changed, then dropped');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectPage(dialog).toHaveCount(0);
    expect((await web.api.sql(`SELECT title FROM idea WHERE id = $1`, [ideaId]))[0].title).toBe('Bike rack in the boot');
    // Closing gives the focus back to the button that opened it; Escape closes it too, from a field.
    await expectPage(page.getByRole('button', { name: 'Revise' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expectPage(dialog).toBeVisible();
    await dialog.getByLabel('Title').press('Escape');
    await expectPage(dialog).toHaveCount(0);
    await expectPage(page.getByRole('button', { name: 'Revise' })).toBeFocused();

    await page.getByRole('button', { name: 'Revise' }).click();
    await dialog.getByLabel('Tags').fill('racks, bad tag!');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectPage(dialog.getByRole('alert')).toContainText('must be letters, digits and dashes');
    expect((await web.api.sql(`SELECT revision FROM idea WHERE id = $1`, [ideaId]))[0].revision).toBe(1);
    await dialog.getByLabel('Tags').fill('racks');
    await dialog.getByLabel('Title').fill('Bike rack that slides out');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expectPage(dialog).toHaveCount(0);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Bike rack that slides out' })).toBeVisible();
    expect(web.pageErrors).toEqual([]);
  });

  it('reports an idea: Cancel closes without a report, "Other" needs details, then the report is sent', async () => {
    const page = await web.page();
    await signIn(page, ben);
    await page.goto(`/ideas/${ideaId}`);
    await page.getByRole('button', { name: 'Report' }).click();
    const dialog = page.getByRole('dialog', { name: 'Report this idea to the brand’s team' });
    await expectPage(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expectPage(dialog).toHaveCount(0);
    const reports = async () => (await web.api.sql(`SELECT r.reason, r.details FROM moderation_report r JOIN moderation_item i ON i.id = r.item_id WHERE i.target_id = $1`, [ideaId])) as { reason: string; details: string | null }[];
    expect(await reports()).toEqual([]);

    await page.getByRole('button', { name: 'Report' }).click();
    await dialog.getByLabel('What is wrong').selectOption('OTHER');
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    // The details are required for "Other": the form is not sent.
    await expectPage(dialog).toBeVisible();
    expect(await reports()).toEqual([]);
    await dialog.getByRole('textbox').fill('It copies a product sold today');
    await dialog.getByRole('button', { name: 'Send the report' }).click();
    await expectPage(page.getByRole('status').filter({ hasText: 'Thank you: the brand’s team has your report.' })).toBeVisible();
    await expectPage(dialog).toHaveCount(0);
    expect(await reports()).toEqual([{ reason: 'OTHER', details: 'It copies a product sold today' }]);
    expect(web.pageErrors).toEqual([]);
  });
});
