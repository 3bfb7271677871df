import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cast, challenge, comment, joinTeam, person, propose, vote, type Person } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import type { Registered } from '../setup/test-app';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const OUT = process.env.UPDATE_SCREENSHOTS ? join(__dirname, '..', '..', 'docs', 'screenshots') : mkdtempSync(join(tmpdir(), 'pollen-shots-'));

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
}

/** The figure shown under a label of the dashboard's totals. */
const total = (page: Page, label: string) => page.getByRole('definition').filter({ has: page.locator(`xpath=preceding-sibling::dt[.="${label}"]`) });

// The insights dashboard in a real browser: its figures are the database's, it follows a vote cast
// in another browser, each chart is a table and a CSV, it passes axe, and it speaks three languages.
describe('control room: insights dashboard', () => {
  let web: WebTest;
  let challengeId: string;
  let ideas: string[];
  let lead: Registered;
  let voter: Registered;
  let owner: Person;

  /** The insights consumer runs off the request path (every second here): waits until it has counted what the rows hold. */
  const counted = async () => {
    for (const deadline = Date.now() + 30_000; ; ) {
      const [buckets] = await web.api.sql(
        `SELECT COALESCE(sum(count) FILTER (WHERE metric = 'votes'), 0)::int AS votes, COALESCE(sum(count) FILTER (WHERE metric = 'comments'), 0)::int AS comments FROM insight_bucket WHERE challenge_id = $1`,
        [challengeId],
      );
      const now = await rows();
      if (buckets.votes === now.votes && buckets.comments === now.comments) return;
      if (Date.now() > deadline) throw new Error(`the insights consumer has not caught up: ${JSON.stringify({ buckets, rows: now })}`);
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  const rows = async () =>
    (
      await web.api.sql(
        `SELECT (SELECT count(*)::int FROM idea WHERE challenge_id = $1) AS ideas,
                (SELECT count(*)::int FROM comment WHERE challenge_id = $1) AS comments,
                (SELECT count(*)::int FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1 AND v.value <> 0) AS votes`,
        [challengeId],
      )
    )[0] as { ideas: number; comments: number; votes: number };

  beforeAll(async () => {
    web = await startWebTest();
    const people = await cast(web.api);
    owner = people.owner;
    lead = await web.api.register({ displayName: 'Lea Brand' });
    await joinTeam(web.api, owner, people.orgId, { token: lead.accessToken, id: lead.user.id, email: lead.email }, 'MODERATOR');
    challengeId = await challenge(web.api, owner, people.orgId);
    ideas = [
      await propose(web.api, people.ana, challengeId, { title: 'Seats that fold into a cargo bay', body: 'Rear seats fold flat.' }),
      await propose(web.api, people.ben, challengeId, { title: 'Ads on the windscreen', body: 'Screens show offers from shops nearby.' }),
      await propose(web.api, people.ana, challengeId, { title: 'A solar roof', body: 'Charges the battery.' }),
    ];
    const crowd = [await person(web.api), await person(web.api), await person(web.api)];
    for (const [i, p] of crowd.entries()) {
      await vote(web.api, p, ideas[0], 'UP');
      await vote(web.api, p, ideas[1], i % 2 ? 'DOWN' : 'UP');
    }
    for (const body of ['Love it, brilliant', 'Really practical, great job', 'How wide is the boot?']) await comment(web.api, people.ben, ideas[0], body);
    await comment(web.api, crowd[0], ideas[1], 'Terrible idea, nobody wants ads');
    await web.api.sealLedger();
    await counted();
    voter = await web.api.register({ displayName: 'Vera Voter' });
    mkdirSync(OUT, { recursive: true });
  }, 180_000);
  afterAll(() => web.close());

  it('shows the figures of the database, and follows a vote cast in another browser', async () => {
    const page = await web.page({ viewport: { width: 1280, height: 1600 } });
    await signIn(page, lead);
    await page.goto(`/manage/challenges/${challengeId}/insights`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Insights: City car 2030' })).toBeVisible();
    const before = await rows();
    expect(before).toEqual({ ideas: 3, comments: 4, votes: 6 });
    await expectPage(total(page, 'New ideas')).toHaveText(String(before.ideas));
    await expectPage(total(page, 'Votes')).toHaveText(String(before.votes));
    await expectPage(total(page, 'Comments')).toHaveText(String(before.comments));
    await expectPage(page.getByText('Live: the figures follow the challenge as it happens.')).toBeVisible();

    // Each chart is a table too: the most discussed idea, with its comments and votes.
    const discussed = page.getByRole('region', { name: 'Most discussed ideas' });
    await discussed.getByText('Most discussed ideas as a table').click();
    const first = discussed.getByRole('row', { name: /Seats that fold into a cargo bay/ });
    await expectPage(first).toContainText('3');
    const divisive = page.getByRole('region', { name: 'Most divisive ideas' });
    await divisive.getByText('Most divisive ideas as a table').click();
    await expectPage(divisive.getByRole('row').nth(1)).toContainText('Ads on the windscreen');

    // Another participant votes in their own browser: the dashboard reads its figures again by itself.
    const other = await web.page();
    await signIn(other, voter);
    await other.goto(`/challenges/${challengeId}`);
    await other.getByRole('button', { name: 'Vote for “A solar roof”' }).click();
    await expectPage(other.getByRole('button', { name: 'Vote for “A solar roof”' })).toHaveAttribute('aria-pressed', 'true');
    await expectPage(total(page, 'Votes'), 30_000).toHaveText(String(before.votes + 1));
    expect((await rows()).votes).toBe(before.votes + 1);

    // The participation table's rows sum to the totals, and its CSV holds the same figures.
    const participation = page.getByRole('region', { name: 'Participation over time' });
    await participation.getByText('Participation over time as a table').click();
    const [download] = await Promise.all([page.waitForEvent('download'), participation.getByRole('button', { name: 'Export “Participation over time” as CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8').trim().split('\r\n');
    expect(csv[0]).toBe('Day,Participants,New ideas,Votes,Comments');
    const sums = csv.slice(1).map((line) => line.split(',').slice(2).map(Number)).reduce((a, b) => a.map((x, i) => x + b[i]), [0, 0, 0]);
    expect(sums).toEqual([before.ideas, before.votes + 1, before.comments]);
    expect(csv).toHaveLength(31);

    // The machine is shared: a full-page capture of eight charts may take a while.
    await page.screenshot({ path: join(OUT, 'control-room-insights.png'), fullPage: true, timeout: 90_000 });
    expect(await violations(page)).toEqual([]);
    expect(web.pageErrors).toEqual([]);
  }, 300_000);

  it('opened at its address without its first data, asks for its figures beside the guard’s read, not after it, and once', async () => {
    const page = await web.page({ viewport: { width: 1280, height: 1600 } });
    await signIn(page, lead);
    // A session from before the cookie was also set for the control room's pages: the page comes without its first data (team-page spec).
    await page.context().clearCookies({ path: '/manage' });
    const asked: string[] = [];
    let guardAnswered = false;
    let askedBeforeGuardAnswer = false;
    let insightsAsked: () => void = () => undefined;
    const insights = new Promise<void>((resolve) => (insightsAsked = resolve));
    // The guard's answer is held until the dashboard's figures are asked for (at most 15 s): a
    // dashboard that waited for its guard would ask only after the guard's answer, once the hold ran out.
    await page.route('**/graphql', async (route) => {
      const operation = /"operationName":"(\w+)"/.exec(route.request().postData() ?? '')?.[1] ?? '';
      asked.push(operation);
      if (operation === 'ChallengeInsights') {
        askedBeforeGuardAnswer ||= !guardAnswered;
        insightsAsked();
      }
      if (operation === 'TeamChallenge') {
        await Promise.race([insights, new Promise((resolve) => setTimeout(resolve, 15_000))]);
        guardAnswered = true;
      }
      await route.continue();
    });
    await page.goto(`/manage/challenges/${challengeId}/insights`);
    await expectPage(total(page, 'Votes'), 30_000).toHaveText(String((await rows()).votes));
    await page.waitForLoadState('networkidle');
    expect(askedBeforeGuardAnswer).toBe(true);
    // Each read once: the page reads what was asked for at start-up from the cache.
    expect(asked.filter((name) => name === 'TeamChallenge')).toHaveLength(1);
    expect(asked.filter((name) => name === 'ChallengeInsights')).toHaveLength(1);
  }, 120_000);

  it('is refused to a participant, and speaks French and Portuguese', async () => {
    const page = await web.page();
    await signIn(page, voter);
    await page.goto(`/manage/challenges/${challengeId}/insights`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Insights: City car 2030' })).toBeHidden();
    expect(await page.getByRole('region', { name: 'Participation over time' }).count()).toBe(0);

    const localised = await web.page();
    await signIn(localised, lead);
    for (const [language, heading, chart] of [
      ['fr', 'Tableau de bord : City car 2030', 'Participation dans le temps'],
      ['pt', 'Painel: City car 2030', 'Participação ao longo do tempo'],
    ] as const) {
      await localised.goto(`/manage/challenges/${challengeId}/insights`);
      await localised.getByLabel(language === 'fr' ? 'Language' : 'Langue').selectOption(language);
      await expectPage(localised.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expectPage(localised.getByRole('heading', { level: 2, name: chart })).toBeVisible();
      expect(await violations(localised)).toEqual([]);
    }
  }, 180_000);
});
