import { cast, challenge, comment, person, propose, vote } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import type { Page } from 'playwright-core';
import { LIVE } from '../bench/web/page-scripts';

const until = async (check: () => Promise<boolean>) => {
  for (let i = 0; i < 100 && !(await check()); i++) await new Promise((resolve) => setTimeout(resolve, 100));
};

const score = (page: Page, title: string) => page.getByRole('group', { name: `Votes for “${title}”` }).locator('.score');

describe('web client: live between browsers', () => {
  let web: WebTest;
  let challengeId: string;
  let ideaId: string;
  let people: Awaited<ReturnType<typeof cast>>;

  beforeAll(async () => {
    web = await startWebTest();
    people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
    ideaId = await propose(web.api, people.ana, challengeId, { title: 'Doors that slide', body: 'No door hits a cyclist.' });
  });
  afterAll(() => web.close());

  it('a vote, an idea and a comment made in one browser appear in the other without a reload', async () => {
    const ana = await web.api.register({ displayName: 'Ana Live' });
    const ben = await web.api.register({ displayName: 'Ben Live' });
    const first = await web.page();
    const second = await web.page();
    await signIn(first, ana);
    await signIn(second, ben);
    await first.goto(`/challenges/${challengeId}?sort=NEW`);
    await second.goto(`/challenges/${challengeId}?sort=NEW`);
    await expectPage(score(second, 'Doors that slide')).toContainText('(0 for, 0 against)');
    await second.waitForFunction(LIVE);

    await first.getByRole('button', { name: 'Vote for “Doors that slide”' }).click();
    await expectPage(score(second, 'Doors that slide')).toContainText('(1 for, 0 against)');

    // A new idea waits behind a button rather than moving the list under the reader.
    await first.getByRole('link', { name: 'Propose an idea' }).click();
    await first.getByLabel('Title').fill('Wheels that turn sideways');
    await first.getByLabel('Describe your idea').fill('Parallel parking in one move.');
    await first.getByRole('button', { name: 'Propose', exact: true }).click();
    await expectPage(first.getByRole('heading', { level: 1, name: 'Wheels that turn sideways' })).toBeVisible();
    const feed = second.getByRole('feed');
    await expectPage(second.getByRole('button', { name: '1 new idea' })).toBeVisible();
    await expectPage(feed.getByRole('article').first()).toContainText('Doors that slide');
    await second.getByRole('button', { name: '1 new idea' }).click();
    await expectPage(feed.getByRole('article').first()).toContainText('Wheels that turn sideways');

    // A comment shows in the thread of the other browser and in its counts.
    await second.getByRole('link', { name: 'Doors that slide' }).click();
    await expectPage(second.getByRole('heading', { name: 'Comments (0)' })).toBeVisible();
    await first.goto(`/ideas/${ideaId}`);
    await first.getByLabel('Add a comment').fill('What about the rails in winter?');
    await first.getByRole('button', { name: 'Send' }).click();
    await expectPage(second.getByText('What about the rails in winter?')).toBeVisible();
    await expectPage(second.getByRole('heading', { name: 'Comments (1)' })).toBeVisible();
    // The author of the comment sees it once, not once from the answer and again from the event:
    // a later comment shown means the earlier event was handled (events arrive in order), then count.
    await comment(web.api, people.ben, ideaId, 'And in the snow?');
    await expectPage(first.getByText('And in the snow?')).toBeVisible();
    expect(await first.getByText('What about the rails in winter?').count()).toBe(1);
    await expectPage(first.getByRole('heading', { name: 'Comments (2)' })).toBeVisible();
  });

  it('after a dropped connection the page says it is offline, catches up by itself, and shows nothing twice', async () => {
    const reader = await web.context();
    const page = await reader.newPage();
    await page.goto(`/ideas/${ideaId}`);
    const title = 'Doors that slide';
    await page.waitForFunction(LIVE);
    // One event seen live first, so the page has a sequence to catch up from.
    await comment(web.api, people.ben, ideaId, 'Said before the drop');
    await expectPage(page.getByText('Said before the drop')).toBeVisible();
    const catchUps: string[] = [];
    page.on('request', (request) => {
      const body = request.postData() ?? '';
      if (body.includes('"operationName":"CatchUp"')) catchUps.push(body);
    });
    const before = Number((await score(page, title).innerText()).match(/\((\d+) for/)![1]);

    await reader.setOffline(true);
    await expectPage(page.getByText('Offline: changes will appear when the connection is back.')).toBeVisible();
    // Meanwhile, others vote and comment.
    await vote(web.api, people.ben, ideaId, 'UP');
    await comment(web.api, people.ben, ideaId, 'Said while you were away');
    await web.api.foldCounters();

    await reader.setOffline(false);
    await expectPage(page.getByText('Said while you were away'), 20_000).toBeVisible();
    await expectPage(score(page, title)).toContainText(`(${before + 1} for`);
    // Caught up and live again: once a later comment shows, nothing the catch-up brought can still arrive twice.
    await comment(web.api, people.ben, ideaId, 'Said after the return');
    await expectPage(page.getByText('Said after the return')).toBeVisible();
    expect(await page.getByText('Said while you were away').count()).toBe(1);
    expect(await page.getByText('Said before the drop').count()).toBe(1);
    // It asked for what it missed after the last sequence it had, not for the whole page again.
    expect(catchUps).toHaveLength(1);
    expect(JSON.parse(catchUps[0]).variables.afterSequence).toBeGreaterThan(0);
    await expectPage(page.getByText('Offline: changes will appear when the connection is back.')).toBeHidden();
  });

  it('shows what happened between the data the page was read with and its joining the room', async () => {
    const reader = await web.context();
    // The live stream (and socket.io with it) is held back, as on a slow connection, while the page shows its ideas.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await reader.route(/\/assets\/challenge-feed-[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const page = await reader.newPage();
    const readAgain = page.waitForResponse((response) => (response.request().postData() ?? '').includes('"operationName":"IdeasFeed"'));
    await page.goto(`/challenges/${challengeId}?sort=NEW`);
    await expectPage(score(page, 'Doors that slide')).toBeVisible();
    await readAgain;
    const [cara, dan] = [await person(web.api), await person(web.api)];
    const before = Number((await score(page, 'Doors that slide').innerText()).match(/\((\d+) for/)![1]);

    // Before the page is in the challenge's room: an idea and a vote, sent to whoever was in it.
    await propose(web.api, people.ben, challengeId, { title: 'Mirrors that fold themselves', body: 'Narrow streets, no scratches.' });
    await vote(web.api, cara, ideaId, 'UP');
    await web.api.foldCounters();
    await until(async () => (await web.api.sql(`SELECT count(*)::int AS n FROM domain_event WHERE challenge_id = $1 AND relayed_at IS NULL`, [challengeId]))[0].n === 0);

    release();
    await page.waitForFunction(LIVE);
    await expectPage(page.getByRole('button', { name: '1 new idea' })).toBeVisible();
    await expectPage(score(page, 'Doors that slide')).toContainText(`(${before + 1} for`);
    // Live from there on, each event once.
    await comment(web.api, people.ben, ideaId, 'Seen from the feed');
    await vote(web.api, dan, ideaId, 'UP');
    await web.api.foldCounters();
    await expectPage(score(page, 'Doors that slide')).toContainText(`(${before + 2} for`);
    await page.getByRole('button', { name: '1 new idea' }).click();
    await expectPage(page.getByRole('feed').getByRole('article').first()).toContainText('Mirrors that fold themselves');
  });
});
