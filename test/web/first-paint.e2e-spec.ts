import type { Page, Route } from 'playwright-core';
import { cast, challenge, propose } from '../support/co-creation';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

/**
 * The challenge page is drawn by the API before any script runs (apps/api/src/web/first-paint.ts):
 * it reads and votes without script, and the client's first render takes over the same elements.
 */
describe('web client: the challenge page before its scripts', () => {
  let web: WebTest;
  let challengeId: string;
  let people: Awaited<ReturnType<typeof cast>>;

  const upvotes = async (title: string) => {
    await web.api.foldCounters();
    const [row] = await web.api.sql(`SELECT upvotes FROM idea WHERE title = $1`, [title]);
    return Number(row.upvotes);
  };

  beforeAll(async () => {
    // The page is drawn only when its first data comes within FIRST_PAGE_TIMEOUT_MS (1 s by
    // default, then it is sent undrawn): a loaded CI machine must not turn this spec's pages,
    // read without script, into empty ones.
    web = await startWebTest({ FIRST_PAGE_TIMEOUT_MS: '20000' });
    people = await cast(web.api);
    challengeId = await challenge(web.api, people.owner, people.orgId);
    await propose(web.api, people.ana, challengeId, { title: 'A roof that opens', body: 'Stars at night.' });
  });
  afterAll(() => web.close());

  /** A signed-in profile whose pages run no script: the session cookie of a sign-in made with script. */
  const withoutScript = async (user?: { email: string; password: string }, locale?: string) => {
    if (!user) return web.context({ javaScriptEnabled: false, ...(locale ? { locale } : {}) });
    const page = await web.page();
    await signIn(page, user);
    const storageState = await page.context().storageState();
    return web.context({ javaScriptEnabled: false, storageState, ...(locale ? { locale } : {}) });
  };

  it('shows the challenge and its ideas, and casts a vote, without script', async () => {
    const voter = await web.api.register({ displayName: 'Vera No-Script' });
    const page = await (await withoutScript(voter)).newPage();
    await page.goto(`/challenges/${challengeId}`);
    await expectPage(page.getByRole('heading', { level: 1 })).toBeVisible();
    const feed = page.getByRole('feed', { name: 'Ideas, Hot' });
    await expectPage(feed.getByRole('article')).toHaveCount(1);
    await expectPage(page.getByRole('group', { name: 'Votes for “A roof that opens”' }).locator('.score')).toContainText('(0 for, 0 against)');

    const before = await upvotes('A roof that opens');
    await page.getByRole('button', { name: 'Vote for “A roof that opens”' }).click();
    await page.waitForURL(`**/challenges/${challengeId}`);
    expect(await upvotes('A roof that opens')).toBe(before + 1);
    // Back on the page, which now counts it (the reader's own choice shows once the client runs).
    await expectPage(page.getByRole('group', { name: 'Votes for “A roof that opens”' }).locator('.score')).toContainText('(1 for, 0 against)');
    // The same vote again changes nothing: a vote is a value, not a toggle, in a form.
    await page.getByRole('button', { name: 'Vote for “A roof that opens”' }).click();
    await page.waitForURL(`**/challenges/${challengeId}`);
    expect(await upvotes('A roof that opens')).toBe(before + 1);
  });

  it('sends a reader without a session to sign in, says why a vote is refused, and refuses a form from another site', async () => {
    const anonymous = await (await withoutScript()).newPage();
    await anonymous.goto(`/challenges/${challengeId}?sort=NEW`);
    await anonymous.getByRole('button', { name: 'Vote for “A roof that opens”' }).click();
    await anonymous.waitForURL(/\/signin\?next=/);
    expect(new URL(anonymous.url()).searchParams.get('next')).toBe(`/challenges/${challengeId}?sort=NEW`);

    // Ana cannot vote on her own idea: the page says so in the reader's language, with a way back, and nothing is counted.
    const writer = await web.api.register({ displayName: 'Wanda Writer' });
    await propose(web.api, { token: writer.accessToken, id: writer.user.id, email: writer.email }, challengeId, { title: 'Seats that fold flat', body: 'A bed in the back.' });
    const author = await (await withoutScript(writer, 'fr-FR')).newPage();
    await author.goto(`/challenges/${challengeId}`);
    expect(await author.locator('html').getAttribute('lang')).toBe('fr');
    await expectPage(author.getByRole('navigation', { name: 'Trier les idées' })).toBeVisible();
    const before = await upvotes('Seats that fold flat');
    const [answer] = await Promise.all([author.waitForResponse('**/auth/vote'), author.getByRole('button', { name: 'Voter pour « Seats that fold flat »' }).click()]);
    expect(answer.status()).toBe(403);
    await expectPage(author.getByRole('alert')).toHaveText('Vous ne pouvez pas voter pour votre propre idée.');
    await expectPage(author.getByRole('link', { name: 'Retour' })).toBeVisible();
    expect(await upvotes('Seats that fold flat')).toBe(before);

    // Another site's page posting the same form with the reader's cookie is refused before any vote.
    const voter = await web.api.register({ displayName: 'Vic Elsewhere' });
    const context = await withoutScript(voter);
    const ideaId = (await web.api.sql(`SELECT id FROM idea WHERE title = 'Seats that fold flat'`))[0].id as string;
    // (the author's own idea is not the point here: any idea, from a page of another site)
    const forged = await context.request.post('/auth/vote', { form: { ideaId, value: 'UP', return: '/' }, headers: { origin: 'http://elsewhere.example' }, maxRedirects: 0 });
    expect(forged.status()).toBe(403);
    const unsigned = await context.request.post('/auth/vote', { form: { ideaId, value: 'UP', return: '/' }, maxRedirects: 0 });
    expect(unsigned.status()).toBe(403);
    expect(await upvotes('Seats that fold flat')).toBe(before);
  });

  it('is taken over by the client’s first render, which says the same and keeps the same elements and the focus', async () => {
    const context = await web.context();
    // The scripts are held until the drawn page has been read.
    const held: Route[] = [];
    let release = false;
    await context.route(/\/assets\/.*\.js$/, async (route) => (release ? route.continue() : void held.push(route)));
    const page: Page = await context.newPage();
    await page.goto(`/challenges/${challengeId}`, { waitUntil: 'domcontentloaded' });
    await expectPage(page.getByRole('feed').getByRole('article').first()).toBeVisible();
    const drawn = await page.locator('main').innerText();
    // A reader tabbing in before the scripts: the focus on a drawn button, which is marked.
    await page.locator('.vote-up').first().focus();
    // (in the page: the specs compile without the DOM's types, hence `globalThis as any`)
    await page.evaluate(() => {
      (globalThis as any).document.querySelector('.vote-up').drawnByServer = true;
    });
    release = true;
    for (const route of held.splice(0)) await route.continue();
    // The client has rendered once the language switch (not drawn by the server) is there.
    await expectPage(page.getByRole('combobox', { name: 'Language' })).toBeVisible();
    // The same words, numbers and order; a time said relative to now may have moved on meanwhile.
    const relative = (text: string) => text.replace(/\d+ seconds? ago|now/g, '(a moment ago)');
    expect(relative(await page.locator('main').innerText())).toBe(relative(drawn));
    // The client adopted the drawn elements: the same button, still focused.
    expect(await page.evaluate(() => (globalThis as any).document.activeElement?.drawnByServer === true)).toBe(true);
    // And the buttons are the client's now: a vote without a session asks to sign in, in the page.
    await page.getByRole('button', { name: 'Vote for “A roof that opens”' }).click();
    await page.waitForURL(/\/signin\?next=/);
    expect(web.pageErrors).toEqual([]);
  });
});
