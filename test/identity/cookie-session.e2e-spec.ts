import { ConfigError, loadConfig } from '@pollen/config';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { GqlError, send } from '../support/graphql';

const LOGIN = graphql(`mutation CookieSessionLogin($input: LoginInput!, $in: RefreshTokenTransport) {
  login(input: $input, refreshTokenIn: $in) { accessToken accessTokenExpiresAt refreshToken user { id } } }`);
const REGISTER = graphql(`mutation CookieSessionRegister($input: RegisterInput!, $in: RefreshTokenTransport) {
  register(input: $input, refreshTokenIn: $in) { accessToken refreshToken user { id displayName } } }`);

interface Answer {
  status: number;
  body: any;
  setCookies: string[];
  headers: Headers;
}

/** A GraphQL answer as the cookie client sees it: typed by its operation, with its cookies. */
type GqlAnswer<TData> = Omit<Answer, 'body'> & { body: { data: TData; errors: GqlError[] } };

/** A browser-like client: keeps the cookie jar of one origin (name → value) as a browser would. */
class CookieClient {
  readonly jar = new Map<string, string>();

  constructor(
    private readonly t: TestApp,
    private readonly headers: Record<string, string> = {},
  ) {}

  async gql<TData, TVars extends Record<string, unknown>>(document: TypedDocumentNode<TData, TVars>, variables: TVars, token?: string): Promise<GqlAnswer<TData>> {
    return this.send('/graphql', {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      body: JSON.stringify({ query: print(document), variables }),
    });
  }

  async post(path: string, headers: Record<string, string> = { 'x-pollen-csrf': '1' }): Promise<Answer> {
    return this.send(path, headers);
  }

  private async send(path: string, { body, ...headers }: Record<string, string>): Promise<Answer> {
    // Path=/auth: the jar only sends the cookie to /auth/…, as a browser does.
    const cookie = path.startsWith('/auth/') && this.jar.size > 0 ? [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ') : undefined;
    const res = await fetch(`${this.t.url}${path}`, {
      method: 'POST',
      headers: { ...this.headers, ...headers, ...(cookie ? { cookie } : {}) },
      body,
    });
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim());
      const [name, value] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
      const expired = attributes.some((a) => /^max-age=0$/i.test(a) || /^expires=.*1970/i.test(a));
      if (expired || value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null, setCookies, headers: res.headers };
  }
}

const attributesOf = (line: string) => line.split(';').slice(1).map((part) => part.trim().toLowerCase());

describe('identity: the cookie session for browsers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  /** Why the session of a cookie's token was revoked (null: it is live). */
  async function revocationOf(cookie: string): Promise<string | null> {
    const rows = await t.sql(`SELECT s.revoked_reason FROM refresh_token r JOIN auth_session s ON s.id = r.session_id WHERE r.id = $1`, [cookie.split('.')[0]]);
    return rows[0].revoked_reason;
  }

  /** The user's other sessions (signed in elsewhere) are never touched. */
  async function otherSessionsLive(userId: string, cookie: string): Promise<boolean> {
    const rows = await t.sql(
      `SELECT count(*)::int AS n FROM auth_session WHERE user_id = $1 AND revoked_at IS NOT NULL
          AND id <> (SELECT session_id FROM refresh_token WHERE id = $2)`,
      [userId, cookie.split('.')[0]],
    );
    return rows[0].n === 0;
  }

  async function signedInBrowser(headers: Record<string, string> = {}): Promise<{ browser: CookieClient; accessToken: string; userId: string }> {
    const user = await t.register();
    const browser = new CookieClient(t, headers);
    const login = await browser.gql(LOGIN, { input: { email: user.email, password: user.password }, in: 'COOKIE' });
    expect(login.body.errors).toBeUndefined();
    return { browser, accessToken: login.body.data.login.accessToken, userId: user.user.id };
  }

  it('login with refreshTokenIn: COOKIE sets an httpOnly, SameSite=Strict cookie on /auth and answers the access token only', async () => {
    const user = await t.register();
    const browser = new CookieClient(t);
    const before = Date.now();
    const login = await browser.gql(LOGIN, { input: { email: user.email, password: user.password }, in: 'COOKIE' });
    expect(login.body.errors).toBeUndefined();
    const payload = login.body.data.login;
    expect(payload.refreshToken).toBeNull();
    expect(payload.user.id).toBe(user.user.id);
    const expiresAt = Date.parse(payload.accessTokenExpiresAt);
    expect(expiresAt).toBeGreaterThan(before + 890_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 900_000);
    // The same token for the refresh endpoints and for the control room's pages (read there, never rotated: team-page spec).
    expect(login.setCookies).toHaveLength(2);
    const [line, page] = login.setCookies;
    expect(line).toMatch(/^pollen_refresh=[0-9a-f-]{36}\.[\w-]{43};/);
    expect(attributesOf(line)).toEqual(expect.arrayContaining(['path=/auth', 'httponly', 'samesite=strict', 'max-age=2592000']));
    expect(page.split(';')[0]).toBe(line.split(';')[0]);
    expect(attributesOf(page)).toEqual(expect.arrayContaining(['path=/manage', 'httponly', 'samesite=strict', 'max-age=2592000']));
    // Plain-HTTP development: a Secure cookie would never be sent back.
    expect(attributesOf(line)).not.toContain('secure');
    // The cookie's token is a live refresh token of this user's session, stored hashed like any other.
    const tokenId = browser.jar.get('pollen_refresh')!.split('.')[0];
    const [row] = await t.sql(`SELECT s.user_id FROM refresh_token r JOIN auth_session s ON s.id = r.session_id WHERE r.id = $1`, [tokenId]);
    expect(row.user_id).toBe(user.user.id);
  });

  it('register can set the cookie too; without refreshTokenIn both keep answering tokens in the body, no cookie', async () => {
    const browser = new CookieClient(t);
    const input = { email: `cookie-${Date.now()}@example.test`, password: 'Correct-Horse-42', displayName: 'Cookie Person' };
    const registered = await browser.gql(REGISTER, { input, in: 'COOKIE' });
    expect(registered.body.data.register).toMatchObject({ refreshToken: null, user: { displayName: 'Cookie Person' } });
    expect(browser.jar.has('pollen_refresh')).toBe(true);
    const curl = new CookieClient(t);
    const login = await curl.gql(LOGIN, { input: { email: input.email, password: input.password } });
    expect(login.body.data.login.refreshToken).toMatch(/^[0-9a-f-]{36}\./);
    expect(login.setCookies).toEqual([]);
  });

  it('POST /auth/refresh rotates the cookie and answers a fresh access token; a replayed cookie revokes the session', async () => {
    const { browser, userId } = await signedInBrowser();
    const first = browser.jar.get('pollen_refresh')!;
    const refreshed = await browser.post('/auth/refresh');
    expect(refreshed.status).toBe(200);
    expect(refreshed.headers.get('cache-control')).toBe('no-store');
    expect(refreshed.body).toEqual({
      accessToken: expect.any(String),
      accessTokenExpiresAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      user: { id: userId, displayName: expect.any(String) },
    });
    expect(Object.keys(refreshed.body.user)).not.toContain('email');
    const second = browser.jar.get('pollen_refresh')!;
    expect(second).not.toBe(first);
    const me = await send(t, refreshed.body.accessToken, graphql(`query CookieSessionMe { me { id } }`));
    expect(me.data.me.id).toBe(userId);
    expect((await browser.post('/auth/refresh')).status).toBe(200);

    // Someone replays the first cookie: the reuse detection of refreshSession revokes the whole family.
    const thief = new CookieClient(t);
    thief.jar.set('pollen_refresh', first);
    const replay = await thief.post('/auth/refresh');
    expect(replay.status).toBe(401);
    expect(replay.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Refresh token was already used; the session has been revoked' });
    expect(thief.jar.has('pollen_refresh')).toBe(false);
    const owner = await browser.post('/auth/refresh');
    expect(owner.status).toBe(401);
    expect(owner.body.error.code).toBe('UNAUTHENTICATED');
    expect(browser.jar.has('pollen_refresh')).toBe(false);
    expect(await revocationOf(first)).toBe('refresh token reused');
    expect(await otherSessionsLive(userId, first)).toBe(true);
  });

  it('refreshing without a cookie, or with a forged one, is UNAUTHENTICATED and changes nothing', async () => {
    const tokens = async () => (await t.sql(`SELECT count(*)::int AS n FROM refresh_token`))[0].n;
    const before = await tokens();
    const none = await new CookieClient(t).post('/auth/refresh');
    expect(none.status).toBe(401);
    expect(none.body.error).toMatchObject({ code: 'UNAUTHENTICATED', message: expect.stringMatching(/No session cookie/) });
    for (const value of ['garbage', '00000000-0000-4000-8000-000000000000.secret', 'x'.repeat(300)]) {
      const forged = new CookieClient(t);
      forged.jar.set('pollen_refresh', value);
      const answer = await forged.post('/auth/refresh');
      expect(answer.status).toBe(401);
      expect(answer.body.error).toEqual({ code: 'UNAUTHENTICATED', message: 'Refresh token is invalid or expired' });
    }
    expect(await tokens()).toBe(before);
  });

  describe('cross-site requests cannot use the cookie', () => {
    it.each([
      ['no CSRF header', {}],
      ['an empty CSRF header', { 'x-pollen-csrf': ' ' }],
      ['another site’s Origin', { 'x-pollen-csrf': '1', origin: 'https://evil.example' }],
      ['a sibling subdomain (same-site, so SameSite alone would send the cookie)', { 'x-pollen-csrf': '1', origin: 'http://attacker.localhost' }],
      ['another port of the same host', { 'x-pollen-csrf': '1', origin: 'http://127.0.0.1:1' }],
      ['an opaque origin (sandboxed frame)', { 'x-pollen-csrf': '1', origin: 'null' }],
    ])('refuses %s with FORBIDDEN, and neither rotates nor revokes', async (_case, headers) => {
      const { browser } = await signedInBrowser();
      const cookie = browser.jar.get('pollen_refresh');
      for (const path of ['/auth/refresh', '/auth/logout']) {
        const answer = await browser.post(path, headers);
        expect(answer.status).toBe(403);
        expect(answer.body.error.code).toBe('FORBIDDEN');
        expect(answer.setCookies).toEqual([]);
      }
      expect(browser.jar.get('pollen_refresh')).toBe(cookie);
      expect((await browser.post('/auth/refresh')).status).toBe(200);
    });

    it('accepts the page’s own origin, as a browser sends it', async () => {
      const { browser } = await signedInBrowser();
      const answer = await browser.post('/auth/refresh', { 'x-pollen-csrf': '1', origin: t.url });
      expect(answer.status).toBe(200);
    });

    it('grants no CORS: a cross-origin preflight for the CSRF header gets no Access-Control-Allow-Origin', async () => {
      const res = await fetch(`${t.url}/auth/refresh`, {
        method: 'OPTIONS',
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-pollen-csrf' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
      expect(res.headers.get('access-control-allow-credentials')).toBeNull();
    });

    it('keeps Apollo’s CSRF prevention on /graphql: a form post cannot sign anyone in', async () => {
      const user = await t.register();
      const form = new URLSearchParams({ query: `mutation { login(input: {email: "${user.email}", password: "${user.password}"}, refreshTokenIn: COOKIE) { accessToken } }` });
      const res = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
      expect(res.status).toBe(400);
      expect(res.headers.getSetCookie()).toEqual([]);
    });
  });

  it('POST /auth/logout revokes the whole session and clears the cookie', async () => {
    const { browser, userId } = await signedInBrowser();
    await browser.post('/auth/refresh');
    const cookie = browser.jar.get('pollen_refresh')!;
    const out = await browser.post('/auth/logout');
    expect(out.status).toBe(204);
    expect(out.setCookies).toHaveLength(2);
    expect(out.setCookies.every((line) => /^pollen_refresh=;/.test(line))).toBe(true);
    expect(attributesOf(out.setCookies[0])).toEqual(expect.arrayContaining(['path=/auth', 'httponly', 'samesite=strict']));
    expect(attributesOf(out.setCookies[1])).toEqual(expect.arrayContaining(['path=/manage', 'httponly', 'samesite=strict']));
    expect(browser.jar.has('pollen_refresh')).toBe(false);
    expect(await revocationOf(cookie)).toBe('logout');
    expect(await otherSessionsLive(userId, cookie)).toBe(true);
    const stale = new CookieClient(t);
    stale.jar.set('pollen_refresh', cookie);
    expect((await stale.post('/auth/refresh')).status).toBe(401);
    // Signing out twice, or with no cookie, is not an error: the browser is signed out either way.
    expect((await stale.post('/auth/logout')).status).toBe(204);
    expect((await new CookieClient(t).post('/auth/logout')).status).toBe(204);
  });

  it('a rotated (older) cookie of the session still signs it out', async () => {
    const { browser, userId } = await signedInBrowser();
    const older = browser.jar.get('pollen_refresh')!;
    await browser.post('/auth/refresh');
    const other = new CookieClient(t);
    other.jar.set('pollen_refresh', older);
    expect((await other.post('/auth/logout')).status).toBe(204);
    expect(await revocationOf(older)).toBe('logout');
    expect(await otherSessionsLive(userId, older)).toBe(true);
    expect((await browser.post('/auth/refresh')).status).toBe(401);
  });

  it('the logout mutation also clears the cookie', async () => {
    const { browser, accessToken } = await signedInBrowser();
    const cookie = browser.jar.get('pollen_refresh')!;
    const out = await browser.gql(graphql(`mutation CookieSessionLogout { logout }`), {}, accessToken);
    expect(out.body.data.logout).toBe(true);
    expect(browser.jar.has('pollen_refresh')).toBe(false);
    expect(await revocationOf(cookie)).toBe('logout');
  });

  it('curl with a cookie jar works without an Origin, given the header', async () => {
    const { browser } = await signedInBrowser();
    const answer = await browser.post('/auth/refresh', { 'x-pollen-csrf': 'curl' });
    expect(answer.status).toBe(200);
  });

  describe('configuration', () => {
    const base = { JWT_SECRET: 'x'.repeat(40), POLLEN_DATA_DIR: '/tmp/pollen-config-test' };

    it('makes the cookie Secure in production, or when SESSION_COOKIE_SECURE says so', () => {
      expect(loadConfig({ ...base, NODE_ENV: 'production' }).sessionCookieSecure).toBe(true);
      expect(loadConfig({ ...base, NODE_ENV: 'production', SESSION_COOKIE_SECURE: 'false' }).sessionCookieSecure).toBe(false);
      expect(loadConfig({ ...base }).sessionCookieSecure).toBe(false);
      expect(loadConfig({ ...base, SESSION_COOKIE_SECURE: 'true' }).sessionCookieSecure).toBe(true);
      expect(() => loadConfig({ ...base, SESSION_COOKIE_SECURE: 'yes' })).toThrow(new ConfigError('SESSION_COOKIE_SECURE', 'must be true or false, got "yes"'));
    });

    it('reads TRUSTED_ORIGINS as origins and names the variable for anything else', () => {
      expect(loadConfig({ ...base, TRUSTED_ORIGINS: 'http://localhost:5173, https://pollen.example/' }).trustedOrigins).toEqual([
        'http://localhost:5173',
        'https://pollen.example',
      ]);
      for (const bad of ['localhost:5173', 'https://pollen.example/app', 'ftp://pollen.example']) {
        expect(() => loadConfig({ ...base, TRUSTED_ORIGINS: bad })).toThrow(/^Invalid configuration: TRUSTED_ORIGINS must/);
      }
    });

    it('with SESSION_COOKIE_SECURE the cookie is Secure and __Secure- prefixed; TRUSTED_ORIGINS may use it', async () => {
      const secure = await createTestApp({ env: { SESSION_COOKIE_SECURE: 'true', TRUSTED_ORIGINS: 'http://localhost:5173' } });
      try {
        const user = await secure.register();
        const browser = new CookieClient(secure, { origin: 'http://localhost:5173' });
        const login = await browser.gql(LOGIN, { input: { email: user.email, password: user.password }, in: 'COOKIE' });
        expect(login.setCookies[0]).toMatch(/^__Secure-pollen_refresh=/);
        expect(attributesOf(login.setCookies[0])).toEqual(expect.arrayContaining(['secure', 'httponly', 'samesite=strict', 'path=/auth']));
        expect((await browser.post('/auth/refresh')).status).toBe(200);
        // The development name is not read by a server that sets the prefixed one.
        const plain = new CookieClient(secure);
        plain.jar.set('pollen_refresh', browser.jar.get('__Secure-pollen_refresh')!);
        expect((await plain.post('/auth/refresh')).status).toBe(401);
        const elsewhere = new CookieClient(secure, { origin: 'http://localhost:5174' });
        elsewhere.jar.set('__Secure-pollen_refresh', browser.jar.get('__Secure-pollen_refresh')!);
        expect((await elsewhere.post('/auth/refresh')).status).toBe(403);
      } finally {
        await secure.close();
      }
    });
  });
});
