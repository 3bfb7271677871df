import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { brand, challenge, propose, type Person } from '../support/co-creation';
import { graphql } from '../gql';
import type { Registered } from '../setup/test-app';
import { send } from '../support/graphql';
import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';
import { ensureWebBuild } from './support/web-build';

const FIRST_PAGE = /<script type="application\/json" id="pollen-first-page">([^<]*)<\/script>/;
const asPerson = (r: Registered): Person => ({ token: r.accessToken, id: r.user.id, email: r.email });

interface TeamPageData {
  kind: string;
  challengeId: string;
  page: string;
  reader: { id: string; displayName: string };
  reads: Array<{ query: string; variables: Record<string, unknown>; data: any }>;
}

/**
 * A control-room page carries its first data, read as the reader of the session cookie its
 * address is sent (apps/api/src/web/team-page.ts): the guard's read and the queue's or the
 * dashboard's, so the page shows before the session's refresh has answered.
 */
describe('web client: a control-room page carries its first data, read as its reader', () => {
  let web: WebTest;
  let lead: Registered;
  let ana: Registered;
  let ben: Registered;
  let ch: string;
  let ideaId: string;

  /** A signed-in browser profile, and its session cookie as the browser sends it to the control room's pages. */
  const signedIn = async (who: Registered): Promise<{ context: BrowserContext; page: Page; cookie: string }> => {
    const page = await web.page();
    await signIn(page, who);
    const context = page.context();
    const cookies = await context.cookies(`${web.api.url}/manage/challenges/${ch}/moderation`);
    const cookie = cookies.find((c) => c.path === '/manage');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    return { context, page, cookie: `${cookie!.name}=${cookie!.value}` };
  };
  const get = (path: string, cookie?: string) => fetch(`${web.api.url}${path}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  const dataOf = (html: string): TeamPageData | null => {
    const match = FIRST_PAGE.exec(html);
    return match ? (JSON.parse(match[1]) as TeamPageData) : null;
  };

  beforeAll(async () => {
    // The page waits for its data longer than in production: a loaded test machine can take over a second.
    web = await startWebTest({ FIRST_PAGE_TIMEOUT_MS: '20000' });
    lead = await web.api.register({ displayName: 'Lea Lead' });
    ana = await web.api.register({ displayName: 'Ana Author' });
    ben = await web.api.register({ displayName: 'Ben Reader' });
    const org = await brand(web.api, asPerson(lead));
    ch = await challenge(web.api, asPerson(lead), org);
    ideaId = await propose(web.api, asPerson(ana), ch, { title: 'Cheap watches here', body: 'Visit my shop.' });
    const reported = await send(web.api, ben.accessToken, graphql(`mutation TeamPageReport($i: ReportInput!) { report(input: $i) { targetId } }`), {
      i: { targetType: 'IDEA', targetId: ideaId, reason: 'SPAM' },
    });
    expect(reported.errors).toBeUndefined();
  });
  afterAll(() => web.close());

  it('answers the queue’s first page and the dashboard’s figures in the page, as the team member, privately; the head names the page’s chunks', async () => {
    const { cookie } = await signedIn(lead);
    const res = await get(`/manage/challenges/${ch}/moderation`, cookie);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('vary')).toMatch(/Cookie/);
    const html = await res.text();
    const data = dataOf(html)!;
    expect(data).toMatchObject({ kind: 'team', challengeId: ch, page: 'moderation', reader: { id: lead.user.id, displayName: 'Lea Lead' } });
    expect(data.reads.map((r) => r.query)).toEqual(['teamChallenge', 'moderationQueue']);
    expect(data.reads[0].data.challenge.organization.viewerRole).toBe('OWNER');
    const queue = data.reads[1].data.moderationQueue;
    expect(queue.counts.REPORTED).toBe(1);
    expect(queue.edges.map((e: any) => e.node.idea.title)).toEqual(['Cheap watches here']);
    // No token of any kind travels in the page.
    expect(html).not.toMatch(/eyJ[\w-]+\.[\w-]+\.[\w-]+/);
    expect(html).not.toContain(cookie.split('=')[1]);

    // The head names every chunk the page will import, from the build's own list.
    const files = JSON.parse(readFileSync(join(await ensureWebBuild(), 'team-pages.json'), 'utf8')) as Record<string, { scripts: string[]; styles: string[] }>;
    const head = html.slice(0, html.indexOf('</head>'));
    expect(files.moderation.scripts.length).toBeGreaterThan(0);
    for (const script of files.moderation.scripts) expect(head).toContain(`<link rel="modulepreload" crossorigin href="${script}">`);
    for (const style of files.moderation.styles) expect(head).toContain(`<link rel="stylesheet" crossorigin href="${style}">`);

    const insights = dataOf(await (await get(`/manage/challenges/${ch}/insights`, cookie)).text())!;
    expect(insights.reads.map((r) => r.query)).toEqual(['teamChallenge', 'challengeInsights']);
    expect(insights.reads[1].variables).toMatchObject({ challengeId: ch, bucket: 'DAY' });
    expect(insights.reads[1].data.challengeInsights.buckets.length).toBeGreaterThan(0);
  }, 120_000);

  it('gives nothing to a participant off the team, to a request without the cookie, or with a cookie whose session has ended; and rotates nothing', async () => {
    const outsider = await signedIn(ana);
    const refused = await get(`/manage/challenges/${ch}/moderation`, outsider.cookie);
    expect(refused.status).toBe(200);
    expect(dataOf(await refused.text())).toBeNull();
    const bare = await get(`/manage/challenges/${ch}/moderation`);
    expect(bare.headers.get('cache-control')).toBe('no-cache');
    expect(dataOf(await bare.text())).toBeNull();
    // Another page of the control room, and an address that is not a challenge's page, carry none.
    const member = await signedIn(lead);
    for (const path of ['/manage', `/manage/challenges/${ch}/review`, '/manage/challenges/not-an-id/moderation', `/challenges/${ch}/moderation`]) {
      expect(dataOf(await (await get(path, member.cookie)).text())).toBeNull();
    }

    // The page's read leaves the token as it was: the browser's own refresh still takes it, once, and the session stays open.
    for (let i = 0; i < 3; i++) expect(dataOf(await (await get(`/manage/challenges/${ch}/moderation`, member.cookie)).text())).not.toBeNull();
    const [row] = await web.api.sql(`SELECT used_at FROM refresh_token WHERE id = $1`, [member.cookie.split('=')[1].split('.')[0]]);
    expect(row.used_at).toBeNull();
    await member.page.reload();
    await member.page.getByRole('button', { name: 'Sign out' }).waitFor();

    // Signed out: the session has ended, and the page's old cookie reads nothing.
    await member.page.getByRole('button', { name: 'Sign out' }).click();
    await member.page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    expect(dataOf(await (await get(`/manage/challenges/${ch}/moderation`, member.cookie)).text())).toBeNull();
  }, 120_000);

  it('shows the queue before the session’s refresh answers, asking for neither of its reads; a refused refresh then asks the reader to sign in', async () => {
    const { page } = await signedIn(lead);
    const asked: string[] = [];
    await page.route('**/graphql', async (route) => {
      asked.push(/"operationName":"(\w+)"/.exec(route.request().postData() ?? '')?.[1] ?? '');
      await route.continue();
    });
    // The refresh is held until the queue is shown, then refused, as for a session ended meanwhile elsewhere.
    let release: () => void = () => undefined;
    const shown = new Promise<void>((resolve) => (release = resolve));
    let refreshed = false;
    await page.route('**/auth/refresh', async (route) => {
      await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      refreshed = true;
      await route.fulfill({ status: 401, contentType: 'application/json', body: JSON.stringify({ errors: [{ message: 'Refresh token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } }] }) });
    });
    await page.goto(`/manage/challenges/${ch}/moderation`);
    const queue = page.getByRole('list', { name: 'Queue' });
    await expectPage(queue.getByRole('heading', { name: /Cheap watches here/ })).toBeVisible();
    expect(refreshed).toBe(false);
    expect(asked.filter((name) => name === 'TeamChallenge' || name === 'ModerationQueue')).toEqual([]);
    release();
    await expectPage(page.getByRole('heading', { name: 'Sign in to take part' })).toBeVisible();
    await expectPage(queue).toBeHidden();
  }, 120_000);

  it('shows the dashboard before the refresh answers, and the signed-in frame stays once it has', async () => {
    const { page } = await signedIn(lead);
    let release: () => void = () => undefined;
    const shown = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/auth/refresh', async (route) => {
      await Promise.race([shown, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      await route.continue();
    });
    await page.goto(`/manage/challenges/${ch}/insights`);
    await expectPage(page.getByRole('heading', { level: 1, name: 'Insights: City car 2030' })).toBeVisible();
    await expectPage(page.getByRole('region', { name: 'Participation over time' })).toBeVisible();
    release();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await expectPage(page.getByRole('heading', { level: 1, name: 'Insights: City car 2030' })).toBeVisible();
    expect(web.pageErrors).toEqual([]);
  }, 120_000);
});
