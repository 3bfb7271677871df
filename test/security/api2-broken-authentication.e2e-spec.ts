import { createHmac } from 'node:crypto';
import type { Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { connected } from '../support/sockets';
import { Account, SECURITY_ENV, account, eventually, freshAddress, gqlFrom, refusal } from './support/clients';

// OWASP API2:2023 (broken authentication): sign-in attempts are counted before the password is
// checked (no race), per (account, client), per client and per account without letting anyone
// lock the owner out; logout and revoked sessions end access tokens and sockets everywhere
// within seconds; one JWT verification (HS256 only) for HTTP and sockets; weak passwords refused.
// (Forged and expired tokens over HTTP: test/identity/auth.e2e-spec.ts.)

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { accessToken refreshToken } }`;
const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
const ME = `{ me { id } }`;
const SECRET = 'test-secret-'.padEnd(48, 'x'); // the harness's JWT_SECRET

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A token signed by hand with the server's own secret, as an attacker who learnt nothing else would try other algorithms. */
function signed(alg: string, claims: Record<string, unknown>, secret = SECRET): string {
  const head = `${b64({ alg, typ: 'JWT' })}.${b64(claims)}`;
  if (alg === 'none') return `${head}.`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg]!;
  return `${head}.${createHmac(hash, secret).update(head).digest('base64url')}`;
}
const claimsOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

const login = (t: TestApp, address: string, email: string, password: string) => gqlFrom(t, address, LOGIN, { i: { email, password } });

function ended(socket: Socket): Promise<{ code: string; reason: string }> {
  return new Promise((resolve) => {
    let code = '';
    socket.on('server.error', (error: { code: string }) => (code = error.code));
    socket.on('disconnect', (reason) => resolve({ code, reason }));
  });
}

describe('sign-in throttling', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ env: SECURITY_ENV });
  });
  afterAll(() => t?.close());

  it('checks at most 5 passwords of 60 parallel sign-ins for one email, the right one (26th) included, counting before the hash', async () => {
    const owner = await account(t);
    const attacker = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 60 }, (_, i) => login(t, attacker, owner.email, i === 25 ? owner.password : `Wrong-guess-${i}-xyz`)),
    );
    const codes = answers.map((res) => (res.errors ? res.errors[0].extensions.code : 'SIGNED_IN'));
    expect(codes.filter((code) => code === 'UNAUTHENTICATED' || code === 'SIGNED_IN').length).toBeLessThanOrEqual(5);
    expect(codes.filter((code) => code === 'RATE_LIMITED').length).toBeGreaterThanOrEqual(55);
    const limited = answers.find((res) => res.errors?.[0].extensions.code === 'RATE_LIMITED')!;
    expect(refusal(limited).extensions).toMatchObject({ policy: 'login', scope: 'accountClient' });
    expect(refusal(limited).extensions.retryAfterSeconds).toBeGreaterThan(800);
  });

  it('does not lock the owner out from elsewhere: the guessing client waits, the owner signs in', async () => {
    const owner = await account(t);
    const attacker = freshAddress();
    for (let i = 0; i < 5; i++) expect(refusal(await login(t, attacker, owner.email, `Wrong-guess-${i}-xyz`)).extensions.code).toBe('UNAUTHENTICATED');
    // Even the right password is refused from the attacker's client now: guessing stops there.
    expect(refusal(await login(t, attacker, owner.email, owner.password)).extensions).toMatchObject({ code: 'RATE_LIMITED', scope: 'accountClient' });
    expect((await login(t, owner.address, owner.email, owner.password)).errors).toBeUndefined();
  });

  it('stops one client spraying many accounts after 30 failures an hour', async () => {
    const sprayer = freshAddress();
    const codes: string[] = [];
    for (let i = 0; i < 32; i++) {
      const res = await login(t, sprayer, `victim-${i}@example.test`, 'Password-2024!');
      codes.push(res.errors[0].extensions.code);
    }
    expect(codes.slice(0, 30).every((code) => code === 'UNAUTHENTICATED')).toBe(true);
    expect(codes.slice(30)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });

  it('slows a distributed guesser down progressively after 20 failures, while the owner’s known client signs in at once', async () => {
    const owner = await account(t);
    // The owner signed in from home before the attack.
    expect((await login(t, owner.address, owner.email, owner.password)).errors).toBeUndefined();
    for (let i = 0; i < 20; i++) {
      expect(refusal(await login(t, freshAddress(), owner.email, `Botnet-guess-${i}`)).extensions.code).toBe('UNAUTHENTICATED');
    }
    // Past 20 failures from unknown clients, one attempt at a time goes through, then a growing wait.
    const burst = await Promise.all(Array.from({ length: 6 }, (_, i) => login(t, freshAddress(), owner.email, `Botnet-burst-${i}`)));
    const codes = burst.map((res) => refusal(res).extensions);
    // (one at a time: the first waits 2 s; a machine this loaded may spread the burst over more)
    expect(codes.filter((e) => e.code === 'UNAUTHENTICATED').length).toBeLessThanOrEqual(2);
    const slowed = codes.filter((e) => e.code === 'RATE_LIMITED');
    expect(slowed.length).toBeGreaterThanOrEqual(4);
    for (const e of slowed) expect(e).toMatchObject({ policy: 'login', scope: 'account', retryAfterSeconds: expect.any(Number) });
    // A new device of the owner's waits like anyone; their usual one does not.
    expect((await login(t, owner.address, owner.email, owner.password)).errors).toBeUndefined();
  });

  it('refuses common passwords with a helpful message, and accepts a passphrase', async () => {
    for (const password of ['password123', 'Password1!', 'azerty123456', 'motdepasse2024']) {
      const res = await gqlFrom(t, freshAddress(), `mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`, {
        i: { email: `weak-${Math.random().toString(36).slice(2)}@example.test`, password, displayName: 'Weak Password' },
      });
      const error = refusal(res);
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
      expect(error.message).toMatch(/^password: is too easy to guess\. .+/);
    }
    await expect(account(t, freshAddress(), 'velvet-otter-climbs-27')).resolves.toBeDefined();
  });
});

describe('sessions: revocation and one verification', () => {
  let a: TestApp;
  let b: TestApp;
  let user: Account;

  beforeAll(async () => {
    a = await createTestApp({ env: SECURITY_ENV });
    b = await createTestApp({ env: SECURITY_ENV, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });
  beforeEach(async () => {
    user = await account(a);
  });

  it('ends the access token at logout: at once on this instance, within seconds on another', async () => {
    expect((await gqlFrom(b, user.address, ME, {}, user.token)).errors).toBeUndefined(); // b has seen it open
    expect((await gqlFrom(a, user.address, `mutation { logout }`, {}, user.token)).data.logout).toBe(true);
    expect(refusal(await gqlFrom(a, user.address, ME, {}, user.token))).toMatchObject({ message: 'Session has ended; sign in again', extensions: { code: 'UNAUTHENTICATED' } });
    const started = Date.now();
    const refused = await eventually(() => gqlFrom(b, user.address, ME, {}, user.token), (res) => Boolean(res.errors), 5_000);
    expect(refusal(refused).extensions.code).toBe('UNAUTHENTICATED');
    expect(Date.now() - started).toBeLessThanOrEqual(3_000);
  });

  it('ends the access token when its refresh family is revoked (a refresh token reused)', async () => {
    const first = user.refreshToken;
    const rotated = await gqlFrom(a, user.address, REFRESH, { t: first });
    const fresh = rotated.data.refreshSession.accessToken;
    expect((await gqlFrom(a, user.address, ME, {}, fresh)).errors).toBeUndefined();
    expect(refusal(await gqlFrom(a, user.address, REFRESH, { t: first })).extensions.code).toBe('UNAUTHENTICATED');
    for (const token of [user.token, fresh]) {
      const refused = await eventually(() => gqlFrom(a, user.address, ME, {}, token), (res) => Boolean(res.errors));
      expect(refusal(refused).message).toBe('Session has ended; sign in again');
    }
  });

  it('disconnects open sockets of a logged-out session on every instance', async () => {
    const here = a.socket(user.token);
    const there = b.socket(user.token);
    await Promise.all([connected(here), connected(there)]);
    const endings = Promise.all([ended(here), ended(there)]);
    await gqlFrom(a, user.address, `mutation { logout }`, {}, user.token);
    const started = Date.now();
    const [x, y] = await endings;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect([x.code, y.code]).toEqual(['SESSION_REVOKED', 'SESSION_REVOKED']);
    expect(x.reason).toBe('io server disconnect');
    // Reconnecting with the token of an ended session is refused.
    await expect(connected(a.socket(user.token))).rejects.toMatchObject({ message: 'Session has ended; sign in again', data: { code: 'UNAUTHENTICATED' } });
  });

  it('disconnects a socket when its token expires, unless it re-authenticates with a fresh token first', async () => {
    const claims = claimsOf(user.token);
    const shortLived = (seconds: number) => signed('HS256', { ...claims, iat: Math.floor(Date.now() / 1000), exp: Math.floor(Date.now() / 1000) + seconds });
    const expiring = a.socket(shortLived(2));
    await connected(expiring);
    const ending = ended(expiring);
    const kept = a.socket(shortLived(2));
    await connected(kept);
    const renewed = await kept.timeout(5_000).emitWithAck('authenticate', { token: shortLived(600) });
    expect(renewed).toEqual({ ok: true, room: `user:${user.id}` });
    expect(await ending).toEqual({ code: 'TOKEN_EXPIRED', reason: 'io server disconnect' });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(kept.connected).toBe(true);
    // Another account's token cannot take over a connection.
    const other = await account(a);
    expect(await kept.timeout(5_000).emitWithAck('authenticate', { token: other.token })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });

  it('accepts HS256 only, with the same verification over HTTP and the socket handshake', async () => {
    const claims = claimsOf(user.token);
    for (const alg of ['HS384', 'HS512', 'none']) {
      const token = signed(alg, claims);
      expect(refusal(await gqlFrom(a, user.address, ME, {}, token)).extensions.code).toBe('UNAUTHENTICATED');
      await expect(connected(a.socket(token))).rejects.toMatchObject({ data: { code: 'UNAUTHENTICATED' } });
    }
    // The same claims signed HS256 by hand are accepted by both: the refusals above are the algorithm's.
    const good = signed('HS256', claims);
    expect((await gqlFrom(a, user.address, ME, {}, good)).data.me.id).toBe(user.id);
    await expect(connected(a.socket(good))).resolves.toBeUndefined();
  });
});
