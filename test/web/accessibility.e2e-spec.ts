import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { cast, challenge, comment, propose } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { PHONE, signIn, startWebTest, type WebTest } from './support/browser';
import type { Registered } from '../setup/test-app';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

describe('web client: accessibility, keyboard and languages', () => {
  let web: WebTest;
  let challengeId: string;
  let ideaId: string;
  let ana: Registered;

  beforeAll(async () => {
    web = await startWebTest();
    const people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
    ideaId = await propose(web.api, people.ben, challengeId, { title: 'A car that parks itself', body: 'And picks you up.' });
    await propose(web.api, people.ben, challengeId, { title: 'Bench seats for three', body: 'Wider rear row.', buildsOn: [ideaId] });
    await comment(web.api, people.ana, ideaId, 'How far away can it be?');
    await web.api.sealLedger();
    ana = await web.api.register({ displayName: 'Ana Keys' });
  });
  afterAll(() => web.close());

  it.each([
    ['a desktop', {}],
    ['a phone', PHONE],
  ])('has no WCAG 2.x A/AA violations on any main page, on %s', async (_name, options) => {
    {
      const page = await web.page(options);
      const pages: [string, string][] = [
        ['/', 'Open challenges'],
        ['/signin', 'Sign in'],
        ['/signup', 'Join Pollen'],
        [`/challenges/${challengeId}`, 'City car 2030'],
        [`/ideas/${ideaId}`, 'A car that parks itself'],
        [`/challenges/${challengeId}/statement`, 'Ownership statement'],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
      }
      await signIn(page, ana);
      for (const [path, heading] of [[`/challenges/${challengeId}/propose`, 'Propose an idea'], [`/ideas/${ideaId}`, 'A car that parks itself'], ['/notifications', 'Notifications'], [`/people/${ana.user.id}`, 'Ana Keys'], ['/account', 'Your account: privacy and data'], ['/account/erase', 'Erase my account']] as const) {
        await page.goto(path);
        await expectPage(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
        expect({ path, violations: await violations(page) }).toEqual({ path, violations: [] });
      }
    }
  }, 240_000);

  it('proposes an idea and votes with the keyboard alone', async () => {
    const page = await web.page();
    await signIn(page, ana);
    await page.goto(`/challenges/${challengeId}`);
    // Tab to the propose link and follow it with Enter.
    await tabTo(page, 'Propose an idea');
    await page.keyboard.press('Enter');
    await expectPage(page.getByRole('heading', { level: 1, name: 'Propose an idea' })).toBeVisible();
    await tabTo(page, 'Title');
    await page.keyboard.type('Heated steering wheel');
    await tabTo(page, 'Describe your idea');
    await page.keyboard.type('For winter mornings.');
    await tabTo(page, 'Propose');
    await page.keyboard.press('Enter');
    await expectPage(page.getByRole('heading', { level: 1, name: 'Heated steering wheel' })).toBeVisible();

    await tabTo(page, 'Vote for “Heated steering wheel”');
    await page.keyboard.press('Space');
    await expectPage(page.getByRole('button', { name: 'Vote for “Heated steering wheel”' })).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Space');
    await expectPage(page.getByRole('button', { name: 'Vote for “Heated steering wheel”' })).toHaveAttribute('aria-pressed', 'false');
    // The focus is shown (a visible outline) wherever it is.
    const outline = await page.evaluate<string>('getComputedStyle(document.activeElement).outlineStyle');
    expect(outline).not.toBe('none');
  });

  it('speaks the browser’s language (French, Portuguese), formats numbers and plurals per language, and switches', async () => {
    const fr = await web.page({ locale: 'fr-FR' });
    await fr.goto(`/challenges/${challengeId}`);
    // The challenge is open for proposals: its link shows to every reader, signed in or not.
    await expectPage(fr.getByRole('link', { name: 'Proposer une idée' })).toBeVisible();
    await expectPage(fr.getByRole('feed', { name: 'Idées, Tendances' })).toContainText('1 commentaire');
    await expectPage(fr.getByText('Ouvert maintenant pour : proposer, réviser, voter et commenter.')).toBeVisible();
    expect(await fr.evaluate<string>('document.documentElement.lang')).toBe('fr');

    const pt = await web.page({ locale: 'pt-BR' });
    await pt.goto(`/challenges/${challengeId}`);
    await expectPage(pt.getByRole('feed', { name: 'Ideias, Em alta' })).toContainText('Nenhum comentário');
    await pt.getByLabel('Idioma').selectOption('en');
    await expectPage(pt.getByRole('feed', { name: 'Ideas, Hot' })).toContainText('1 comment');
    expect(await pt.evaluate<string>('document.documentElement.lang')).toBe('en');
    // The choice is kept for the next visit.
    await pt.reload();
    await expectPage(pt.getByRole('feed', { name: 'Ideas, Hot' })).toBeVisible();

    // Dates per language.
    await fr.goto(`/ideas/${ideaId}`);
    const today = new Intl.DateTimeFormat('fr', { dateStyle: 'long' }).format(new Date());
    await expectPage(fr.locator('time').first()).toContainText(today);
  });
});

/** Presses Tab until the focused element's accessible name (or label) is `name`. */
async function tabTo(page: Page, name: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate<string>(`(() => {
      const el = document.activeElement;
      if (!el) return '';
      const labelled = el.getAttribute('aria-label') || (el.labels && el.labels[0] && el.labels[0].textContent) ||
        (el.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
      return (labelled || el.textContent || '').trim();
    })()`);
    if (focused === name) return;
  }
  throw new Error(`${name} was not reached with Tab`);
}
