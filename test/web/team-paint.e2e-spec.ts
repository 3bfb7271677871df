import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { brand, challenge, comment, propose, type Person } from '../support/co-creation';
import { graphql } from '../gql';
import type { Registered } from '../setup/test-app';
import { send } from '../support/graphql';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const REPORT = graphql(`mutation TeamPaintReport($i: ReportInput!) { report(input: $i) { targetId } }`);

/**
 * The moderation queue and the insights dashboard are drawn by the API from the page's first data
 * before any script runs (apps/api/src/web/team-paint.ts, insights-paint.ts), and the client's
 * first render draws its own page over the same elements: each says the same before and after, in
 * the reader's language.
 */
describe('web client: the team pages before their scripts', () => {
  let web: WebTest;
  let lead: Registered;
  let ch: string;

  beforeAll(async () => {
    web = await startWebTest({ FIRST_PAGE_TIMEOUT_MS: '20000' });
    lead = await web.api.register({ displayName: 'Lea Lead' });
    const ana = await web.api.register({ displayName: 'Ana <b>Author</b>' });
    const reporters = await Promise.all([1, 2].map((i) => web.api.register({ displayName: `Reporter ${i}` })));
    const org = await brand(web.api, asPerson(lead));
    ch = await challenge(web.api, asPerson(lead), org);
    const idea = await propose(web.api, asPerson(ana), ch, { title: 'Cheap watches </li><li>here', body: 'Visit my shop & save.' });
    const other = await propose(web.api, asPerson(ana), ch, { title: 'Seats that turn around', body: 'Face each other when parked.' });
    const commentId = (await comment(web.api, asPerson(ana), other, 'Buy followers at my site')).data!.addComment.id;
    for (const [i, who] of reporters.entries()) {
      const answers = [
        await send(web.api, who.accessToken, REPORT, { i: { targetType: 'IDEA', targetId: idea, reason: i === 0 ? 'SPAM' : 'OTHER', ...(i === 0 ? {} : { details: 'Selling watches' }) } }),
        await send(web.api, who.accessToken, REPORT, { i: { targetType: 'COMMENT', targetId: commentId, reason: 'SPAM' } }),
      ];
      for (const answer of answers) expect(answer.errors).toBeUndefined();
    }
  });
  afterAll(() => web.close());

  const violations = async (page: Page): Promise<string[]> =>
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);

  /**
   * The team page `tab` opened by the lead in the reader's language (signed in through the English
   * form, then the same profile), the client's scripts held back until `release()`, so that what
   * is read first is the drawn page.
   */
  const openHeld = async (locale: string, tab: 'moderation' | 'insights') => {
    const signing = await web.page();
    await signIn(signing, lead);
    const page = await (await web.context({ locale, storageState: await signing.context().storageState() })).newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
      await Promise.race([held, new Promise((resolve) => setTimeout(resolve, 20_000))]);
      await route.continue();
    });
    await page.goto(`/manage/challenges/${ch}/${tab}`, { waitUntil: 'commit' });
    return { page, release };
  };

  /** The queue's counts and items as a reader sees them, each element's text in order; a relative time (it moves by the second) as `<time>`. */
  const queueText = (page: Page) =>
    page.evaluate(() => {
      const { document } = globalThis as any;
      const text = (selector: string) =>
        [...document.querySelectorAll(selector)].map((el: any) => {
          const copy = el.cloneNode(true);
          copy.querySelectorAll('time').forEach((time: any) => (time.textContent = '<time>'));
          return copy.textContent.replace(/\s+/g, ' ').trim();
        });
      return { counts: text('.queue-counts button'), items: text('ul.queue > li .queue-body'), heading: text('h1'), tabs: text('.control-room-tabs a') };
    });

  it('lists the counts and the first items before the scripts run, then the client’s page says the same with its controls working', async () => {
    for (const [locale, reported] of [['en-GB', 'Reported'], ['fr-FR', 'Signalés'], ['pt-BR', 'Denunciados']] as const) {
      const { page, release } = await openHeld(locale, 'moderation');
      const queue = page.getByRole('list', { name: /^(Queue|File|Fila)$/ });
      // Two items, one with a list of its reports' details.
      await expectPage(queue.locator('> li')).toHaveCount(2);
      const drawn = await queueText(page);
      expect(drawn.counts[0]).toMatch(new RegExp(`^${reported}`));
      // Markup in names and titles stays text.
      expect(drawn.items.some((line) => line.includes('Cheap watches </li><li>here'))).toBe(true);
      expect(drawn.items.some((line) => line.includes('Ana <b>Author</b>'))).toBe(true);
      expect(drawn.items.some((line) => line.includes('Selling watches'))).toBe(true);
      // Drawn before the client runs, its controls do nothing yet, and say so by being disabled.
      expect(await page.locator('ul.queue input[type=checkbox]:not([disabled])').count()).toBe(0);
      // The drawn page is as accessible as the client's (every control named, the landmarks, the contrast).
      expect(await violations(page)).toEqual([]);

      release();
      await expectPage(page.locator('ul.queue input[type=checkbox]:not([disabled])')).toHaveCount(2);
      // The client's own page: the action form below the queue, and the same queue.
      await expectPage(page.locator('.moderation-grid form, .moderation-grid [role=form], .moderation-grid select').first()).toBeVisible();
      const client = await queueText(page);
      expect(client.counts).toEqual(drawn.counts);
      expect(client.heading).toEqual(drawn.heading);
      expect(client.tabs).toEqual(drawn.tabs);
      expect(client.items).toEqual(drawn.items);
      // And it works: selecting one item with the keyboard selects that item only.
      await page.locator('ul.queue input[type=checkbox]').first().check();
      expect(await page.locator('ul.queue input[type=checkbox]:checked').count()).toBe(1);
    }
    expect(web.pageErrors).toEqual([]);
  }, 180_000);

  /** The dashboard as a reader sees it: the totals, each card's heading, whether its chart is drawn, and its table's cells. */
  const dashboardText = (page: Page) =>
    page.evaluate(() => {
      const { document } = globalThis as any;
      const text = (el: any) => el.textContent.replace(/\s+/g, ' ').trim();
      return {
        heading: text(document.querySelector('h1')),
        totals: [...document.querySelectorAll('.insight-totals > div')].map(text),
        cards: [...document.querySelectorAll('.insight-card')].map((card: any) => ({
          title: text(card.querySelector('h2')),
          chart: card.querySelector('div[aria-hidden=true] svg.chart') !== null,
          bars: card.querySelectorAll('svg.chart rect').length,
          table: [...card.querySelectorAll('table tr')].map(text),
        })),
      };
    });

  it('draws the dashboard (totals, eight charts, their tables) before the scripts run, then the client’s page says the same with its exports working', async () => {
    for (const [locale, title] of [['en-GB', 'Most discussed ideas'], ['fr-FR', 'Idées les plus discutées'], ['pt-BR', 'Ideias mais discutidas']] as const) {
      const { page, release } = await openHeld(locale, 'insights');
      await expectPage(page.locator('.insight-card')).toHaveCount(8);
      const drawn = await dashboardText(page);
      const discussed = drawn.cards.find((card) => card.title === title);
      // The most discussed idea is drawn as a bar and listed in the table, its title as text.
      expect(discussed?.chart).toBe(true);
      expect(discussed?.table.some((row) => row.startsWith('Seats that turn around'))).toBe(true);
      expect(drawn.totals).toHaveLength(5);
      // Drawn before the client runs, the period and the exports do nothing yet, and say so by being disabled.
      expect(await page.locator('.insights select:not([disabled]), .insight-card button:not([disabled])').count()).toBe(0);
      expect(await violations(page)).toEqual([]);

      release();
      await expectPage(page.locator('.insights select:not([disabled])')).toHaveCount(1);
      const client = await dashboardText(page);
      expect(client).toEqual(drawn);
      // And it works: the export of a card with figures is a CSV file.
      const download = page.waitForEvent('download');
      await page.locator('.insight-card').filter({ has: page.getByRole('heading', { name: title }) }).locator('button').click();
      expect((await download).suggestedFilename()).toBe('most-discussed.csv');
    }
    expect(web.pageErrors).toEqual([]);
  }, 180_000);
});
