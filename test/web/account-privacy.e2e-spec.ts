import { readFileSync } from 'node:fs';
import { DataExportJob } from '@pollen/privacy';
import { graphql } from '../gql';
import { cast, challenge, propose } from '../support/co-creation';
import { send } from '../support/graphql';
import { unzip } from '../support/zip';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

/** The usual cast, and a challenge of their brand in IDEATION. */
async function castWithChallenge(web: WebTest): Promise<[Awaited<ReturnType<typeof cast>>, string]> {
  const people = await cast(web.api);
  return [people, await challenge(web.api, people.owner, people.orgId)];
}

describe('web client: the account page (privacy and data)', () => {
  let web: WebTest;
  let people: Awaited<ReturnType<typeof cast>>;
  let challengeId: string;

  beforeAll(async () => {
    web = await startWebTest();
    [people, challengeId] = await castWithChallenge(web);
  });
  afterAll(() => web.close());

  it('exports one’s data with progress, and downloads it only after the password is entered again', async () => {
    const ana = await web.api.register({ displayName: 'Ana Account' });
    await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Solar roof' });
    const page = await web.page();
    await signIn(page, ana);
    await page.getByRole('link', { name: 'Account', exact: true }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Your account: privacy and data' })).toBeVisible();
    await page.getByRole('button', { name: 'Export my data' }).click();
    await web.api.app.get(DataExportJob).exportNow();
    await expectPage(page.getByText(/Your export of .* is ready/), 20_000).toBeVisible();

    await page.getByLabel('Your password').fill('not-the-password-1');
    await page.getByRole('button', { name: 'Download my data' }).click();
    await expectPage(page.getByRole('alert')).toContainText('password');

    await page.getByLabel('Your password').fill(ana.password);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^pollen-export-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = await unzip(readFileSync((await download.path())!));
    expect(JSON.parse(files.get('pollen-export/profile.json')!)).toMatchObject({ id: ana.user.id, email: ana.email, displayName: 'Ana Account' });
    expect(JSON.parse(files.get('pollen-export/ideas.json')!).map((idea: { title: string }) => idea.title)).toEqual(['Solar roof']);
  });

  it('records what others see and which notifications arrive, lists the licence in plain words, and shows who looked', async () => {
    const ana = await web.api.register({ displayName: 'Ana Consent' });
    const ideaId = await propose(web.api, { token: ana.accessToken } as never, challengeId, { title: 'Bamboo dashboard' });
    await send(web.api, people.owner, graphql(`query AccountPrivacyParticipant($id: ID!) { participant(id: $id) { id } }`), { id: ana.user.id });
    const page = await web.page();
    await signIn(page, ana);
    await page.goto('/account');

    await expectPage(page.getByText('You have not chosen yet: your name is shown.')).toBeVisible();
    // By keyboard, as React Aria's radios and checkboxes are operated (the native input is visually hidden).
    await page.getByRole('radio', { name: /Under a pseudonym/ }).focus();
    await page.keyboard.press('Space');
    await expectPage(page.getByText(/Your choice was recorded on .* \(consent text version 1\)/)).toBeVisible();
    const seen = await send(web.api, people.ben, graphql(`query AccountPrivacyIdeaAuthor($id: ID!) { idea(id: $id) { author { displayName } } }`), { id: ideaId });
    expect(seen.data.idea!.author.displayName).toMatch(/^Participant [0-9a-f]{8}$/);

    await page.getByRole('checkbox', { name: 'Replies to my comments' }).focus();
    await page.keyboard.press('Space');
    await expectPage(page.getByRole('checkbox', { name: 'Replies to my comments' })).toBeChecked(false);
    // Shown at once (optimistic), recorded by the server a moment later.
    const replies = async () => (await web.api.sql(`SELECT enabled FROM notification_preference WHERE user_id = $1 AND kind = 'COMMENT_REPLY'`, [ana.user.id]))[0]?.enabled;
    for (let waited = 0; (await replies()) !== false && waited < 10_000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    const prefs = await send(web.api, ana.accessToken, graphql(`query AccountPrivacyNotificationPreferences { notificationPreferences { kind enabled } }`));
    expect(prefs.data.notificationPreferences).toContainEqual({ kind: 'COMMENT_REPLY', enabled: false });

    const licences = page.getByRole('region', { name: 'Licences you accepted' });
    await expectPage(licences.getByRole('link', { name: 'City car 2030' })).toBeVisible();
    await expectPage(licences).toContainText('CC-BY-SA-4.0');
    await expectPage(licences).toContainText('as long as they credit the contributors and share their changes under the same licence');

    const looked = page.getByRole('region', { name: 'Who looked' });
    await expectPage(looked.getByRole('row', { name: /The team of Brand 1/ })).toBeVisible();

    await page.reload();
    await expectPage(page.getByRole('radio', { name: /Under a pseudonym/ })).toBeChecked();
    await expectPage(page.getByRole('link', { name: 'Erase my account…' })).toHaveAttribute('href', '/account/erase');
    expect(web.pageErrors).toEqual([]);
  });

  it('speaks French and Portuguese', async () => {
    const ana = await web.api.register({ displayName: 'Ana Langues' });
    for (const [locale, heading, button] of [
      ['fr-FR', 'Votre compte : vie privée et données', 'Exporter mes données'],
      ['pt-BR', 'Sua conta: privacidade e dados', 'Exportar meus dados'],
    ]) {
      const page = await web.page({ locale });
      await page.goto('/signin');
      await page.getByRole('textbox', { name: /mail/i }).fill(ana.email);
      await page.locator('input[type=password]').fill(ana.password);
      await page.locator('button[type=submit]').click();
      await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
      await page.goto('/account');
      await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectPage(page.getByRole('button', { name: button })).toBeVisible();
    }
  });
});
