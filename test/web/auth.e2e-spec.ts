import { expect as expectPage } from './support/expect';
import { signIn, startWebTest, type WebTest } from './support/browser';

describe('web client: signing up and in', () => {
  let web: WebTest;
  beforeAll(async () => {
    web = await startWebTest();
  });
  afterAll(() => web.close());

  it('serves the client at / with its caching and security headers, and the API paths untouched', async () => {
    const index = await fetch(`${web.api.url}/`, { headers: { accept: 'text/html' } });
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const csp = index.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toMatch(/connect-src 'self' ws:\/\/127\.0\.0\.1:\d+ wss:\/\/127\.0\.0\.1:\d+/);
    const html = await index.text();
    const asset = html.match(/src="(\/assets\/[^"]+\.js)"/)![1];
    const script = await fetch(`${web.api.url}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await fetch(`${web.api.url}/assets/missing-abc.js`)).status).toBe(404);

    // A client route gets the page; the API's own paths never do.
    const route = await fetch(`${web.api.url}/challenges/123`, { headers: { accept: 'text/html' } });
    expect(route.status).toBe(200);
    expect(route.headers.get('vary')).toMatch(/\bAccept\b/);
    expect(await route.text()).toBe(html);
    // Any other address gets the page too (the client says "not found"), with the status that says so.
    const unknown = await fetch(`${web.api.url}/wp-login`, { headers: { accept: 'text/html' } });
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toBe(html);
    expect((await fetch(`${web.api.url}/robots.txt`, { headers: { accept: 'text/html' } })).headers.get('content-type') ?? '').not.toMatch(/html/);
    expect((await fetch(`${web.api.url}/challenges/123`, { headers: { accept: 'application/json' } })).status).toBe(404);
    const health = await fetch(`${web.api.url}/health`, { headers: { accept: 'text/html' } });
    expect(await health.text()).not.toBe(html);
    const gql = await fetch(`${web.api.url}/graphql?query=%7B__typename%7D`, { headers: { accept: 'text/html' } });
    expect(await gql.text()).not.toBe(html);
    const socket = await fetch(`${web.api.url}/socket.io/?EIO=4&transport=polling`, { headers: { accept: 'text/html' } });
    expect(await socket.text()).not.toBe(html);
  });

  it('signs a newcomer up, keeps them signed in across reloads and tabs, and signs them out', async () => {
    const page = await web.page();
    await page.goto('/');
    await page.getByRole('link', { name: 'Sign up' }).click();
    await page.getByLabel('Display name').fill('Ana Costa');
    await page.getByLabel('Email').fill('ana.costa@example.test');
    await page.getByLabel('Password', { exact: true }).fill('Seats-on-rails-2030');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expectPage(page.getByRole('link', { name: 'Ana Costa' })).toBeVisible();
    // Nothing secret is kept where a script could read it later.
    const stored = await page.evaluate<string>('JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }) + document.cookie');
    expect(stored).not.toMatch(/ey[A-Za-z0-9_-]{10,}\./);

    await page.reload();
    await expectPage(page.getByRole('link', { name: 'Ana Costa' })).toBeVisible();
    // A second tab of the same browser is signed in too (the cookie, not the page, holds the session).
    const second = await page.context().newPage();
    await second.goto('/');
    await expectPage(second.getByRole('link', { name: 'Ana Costa' })).toBeVisible();

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expectPage(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
    await page.reload();
    await expectPage(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
  });

  it('says why a sign-up or a sign-in was refused', async () => {
    const taken = await web.api.register({ displayName: 'Ben' });
    const page = await web.page();
    await page.goto('/signup');
    await page.getByLabel('Display name').fill('Ben Again');
    await page.getByLabel('Email').fill('weak@example.test');
    await page.getByLabel('Password', { exact: true }).fill('short');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expectPage(page.getByRole('alert')).toContainText('password');

    await page.getByLabel('Email').fill(taken.email);
    await page.getByLabel('Password', { exact: true }).fill('Another-good-one-77');
    await page.getByRole('button', { name: 'Create my account' }).click();
    await expectPage(page.getByRole('alert')).toContainText(/already/i);

    await page.goto('/signin');
    await page.getByLabel('Email').fill(taken.email);
    await page.getByLabel('Password').fill('Wrong-password-123');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expectPage(page.getByRole('alert')).toContainText('Sign-in refused');
    await expectPage(page.getByRole('link', { name: 'Sign in' })).toBeVisible();

    await signIn(page, taken);
    await expectPage(page.getByRole('link', { name: 'Ben' })).toBeVisible();
    expect(web.pageErrors.filter((e) => !/401|400|GraphQL/.test(e))).toEqual([]);
  });
});
