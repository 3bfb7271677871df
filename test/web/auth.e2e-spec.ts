import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { expect as expectPage } from './support/expect';
import type { Page } from 'playwright-core';
import { signIn, startWebTest, type WebTest } from './support/browser';
import { rawGet } from './support/raw-get';

/** An asset as the server sends it (fetch would decode it). */
const get = (url: string, acceptEncoding: string) => rawGet(url, { 'accept-encoding': acceptEncoding });

/** The sign-up form's labels in one language. */
interface SignUpForm {
  name: string;
  email: string;
  password: string;
  submit: string;
}
const ENGLISH: SignUpForm = { name: 'Display name', email: 'Email', password: 'Password', submit: 'Create my account' };
const FRENCH: SignUpForm = { name: 'Nom affiché', email: 'Adresse e-mail', password: 'Mot de passe', submit: 'Créer mon compte' };
const PORTUGUESE: SignUpForm = { name: 'Nome de exibição', email: 'E-mail', password: 'Senha', submit: 'Criar minha conta' };

/** Signs up with each password in turn and expects the refusal said for it; returns the page, still on the form. */
async function signUpRefused(opened: Promise<Page>, form: SignUpForm, who: { name: string; email: string }, tries: Array<[password: string, refusal: string]>): Promise<Page> {
  const page = await opened;
  await page.goto('/signup');
  await page.getByLabel(form.name).fill(who.name);
  await page.getByLabel(form.email).fill(who.email);
  for (const [password, refusal] of tries) {
    await page.getByLabel(form.password, { exact: true }).fill(password);
    await page.getByRole('button', { name: form.submit }).click();
    await expectPage(page.getByRole('alert')).toHaveText(refusal);
  }
  return page;
}

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
    // Scripts travel compressed, in the form the browser accepts, made at build time; the same bytes once decoded
    // (the first chunk, preloaded by the page; the entry itself is too small to be worth it).
    const chunk = html.match(/rel="modulepreload" crossorigin href="(\/assets\/index-[^"]+\.js)"/)![1];
    const plain = await get(`${web.api.url}${chunk}`, 'identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [accept, encoding, decode] of [['gzip, deflate, br, zstd', 'br', brotliDecompressSync], ['gzip', 'gzip', gunzipSync]] as const) {
      const answer = await get(`${web.api.url}${chunk}`, accept);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers.vary).toMatch(/Accept-Encoding/);
      expect(answer.body.length).toBeLessThan(plain.body.length / 2);
      expect(decode(answer.body).equals(plain.body)).toBe(true);
    }
    // The compressed files themselves are not addresses of their own.
    expect((await fetch(`${web.api.url}${chunk}.br`)).status).toBe(404);
    expect((await get(`${web.api.url}${asset}`, 'br')).headers['content-encoding']).toBeUndefined();

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
    // Each check in the reader's language, not the API's English.
    const page = await signUpRefused(web.page(), ENGLISH, { name: 'Ben Again', email: 'weak@example.test' }, [
      ['short', 'Please check the password: must be at least 10 characters long.'],
      ['aaaaaaaaaaaa', 'Please check the password: must mix letters with digits or symbols.'],
    ]);
    await signUpRefused(web.page({ locale: 'fr-FR' }), FRENCH, { name: 'Béatrice', email: 'beatrice@example.test' }, [
      ['court-1', 'Vérifiez le mot de passe : doit comporter au moins 10 caractères'],
      ['beatrice-2030', 'Vérifiez le mot de passe : ne doit contenir ni votre e-mail ni votre nom affiché'],
    ]);
    await signUpRefused(web.page({ locale: 'pt-BR' }), PORTUGUESE, { name: 'Joana', email: 'joana@example.test' }, [
      ['curta-1', 'Verifique a senha: deve ter pelo menos 10 caracteres'],
    ]);

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
