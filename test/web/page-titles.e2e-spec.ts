import type { Locator } from 'playwright-core';
import { brand, challenge, comment, person, propose, type Person } from '../support/co-creation';
import { expect as expectPage, expectTitle } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import type { Registered } from '../setup/test-app';

const isFocused = (locator: Locator) => locator.evaluate((element: any) => element === element.ownerDocument.activeElement);

describe('web client: page titles and the focus on navigation', () => {
  let web: WebTest;
  let challengeId: string;
  let ideaId: string;
  let lead: Registered;

  beforeAll(async () => {
    web = await startWebTest();
    lead = await web.api.register({ displayName: 'Lia Lead' });
    const owner: Person = { token: lead.accessToken, id: lead.user.id, email: lead.email };
    const ben = await person(web.api);
    challengeId = await challenge(web.api, owner, await brand(web.api, owner));
    ideaId = await propose(web.api, ben, challengeId, { title: 'A car that parks itself', body: 'And picks you up.' });
    await comment(web.api, ben, ideaId, 'How far away can it be?');
  });
  afterAll(() => web.close());

  it('names every page in the interface’s language, and renames it when the language changes', async () => {
    const titles: [string, string, string][] = [
      ['/', 'Open challenges · Pollen', 'Défis ouverts · Pollen'],
      [`/challenges/${challengeId}`, 'City car 2030 · Pollen', 'City car 2030 · Pollen'],
      [`/ideas/${ideaId}`, 'A car that parks itself · City car 2030 · Pollen', 'A car that parks itself · City car 2030 · Pollen'],
      [`/challenges/${challengeId}/statement`, 'Ownership statement · City car 2030 · Pollen', 'Relevé de propriété · City car 2030 · Pollen'],
      ['/signin', 'Sign in · Pollen', 'Connexion · Pollen'],
      ['/nowhere', 'Page not found · Pollen', 'Page introuvable · Pollen'],
    ];
    const en = await web.page();
    const fr = await web.page({ locale: 'fr-FR' });
    for (const [path, english, french] of titles) {
      await en.goto(path);
      await expectTitle(en, english);
      await fr.goto(path);
      await expectTitle(fr, french);
    }

    const pt = await web.page({ locale: 'pt-BR' });
    await pt.goto(`/challenges/${challengeId}/statement`);
    await expectTitle(pt, 'Extrato de propriedade · City car 2030 · Pollen');
    await pt.getByLabel('Idioma').selectOption('en');
    await expectTitle(pt, 'Ownership statement · City car 2030 · Pollen');
    expect(web.pageErrors).toEqual([]);
  });

  it('leaves the focus alone on the first page, moves it to the new page’s heading after a link, and announces the page', async () => {
    const page = await web.page();
    await page.goto(`/challenges/${challengeId}`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'City car 2030' })).toBeVisible();
    expect(await page.evaluate<boolean>('document.activeElement === document.body')).toBe(true);

    await page.getByRole('link', { name: 'A car that parks itself' }).click();
    const heading = page.getByRole('heading', { level: 1, name: 'A car that parks itself' });
    await expectPage(heading).toBeFocused();
    await expectTitle(page, 'A car that parks itself · City car 2030 · Pollen');
    await expectPage(page.getByRole('status').filter({ hasText: 'A car that parks itself · City car 2030 · Pollen' })).toHaveCount(1);

    // Back and forward are navigations too.
    await page.goBack();
    await expectPage(page.getByRole('heading', { level: 1, name: 'City car 2030' })).toBeFocused();

    // A sort is the same page: the focus stays on the link pressed.
    await page.getByRole('link', { name: 'Top' }).click();
    await expectPage(page.getByRole('feed', { name: 'Ideas, Top' })).toBeVisible();
    expect(await isFocused(page.getByRole('link', { name: 'Top' }))).toBe(true);
  });

  it('works by keyboard alone: Enter on a link puts the reader at the next page’s heading, and Tab goes on from there', async () => {
    const page = await web.page();
    await page.goto(`/ideas/${ideaId}`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'A car that parks itself' })).toBeVisible();
    await page.getByRole('link', { name: 'City car 2030' }).focus();
    await page.keyboard.press('Enter');
    const heading = page.getByRole('heading', { level: 1, name: 'City car 2030' });
    await expectPage(heading).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is on the new page, after its heading (not back at the top of the document);
    // 4 is Node.DOCUMENT_POSITION_FOLLOWING.
    const after = await heading.evaluate((h1: any) => {
      const next = h1.ownerDocument.activeElement;
      return next !== null && (h1.compareDocumentPosition(next) & 4) !== 0;
    });
    expect(after).toBe(true);
    await page.keyboard.press('Enter'); // the brief opens
    await expectPage(page.getByText('What should it be?')).toBeVisible();
  });

  it('names the control room’s pages and moves the focus there too', async () => {
    const page = await web.page();
    await signIn(page, lead);
    await page.goto('/manage');
    await expectTitle(page, 'Control room · Pollen');
    await page.getByRole('link', { name: 'Moderate “City car 2030”' }).click();
    await expectPage(page.getByRole('heading', { level: 1, name: /City car 2030/ })).toBeFocused();
    await expectTitle(page, 'Moderation · City car 2030 · Pollen');
  });
});
