import { createTestApp, TestApp } from '../setup/test-app';
import { brand, challenge, person, propose } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const REGISTER = graphql(`mutation AuthRegister($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName email } } }`);
const LOGIN = graphql(`mutation AuthLogin($input: LoginInput!) { login(input: $input) { accessToken refreshToken user { id } } }`);
const REFRESH = graphql(`mutation AuthRefreshSession($token: String!) { refreshSession(refreshToken: $token) { accessToken refreshToken user { id } } }`);

describe('identity: register, log in, refresh, log out', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const users = async () => (await t.sql(`SELECT count(*)::int AS n FROM app_user`))[0].n;

  it('registers with a normalised email and an argon2id hash, and records the event', async () => {
    const res = await send(t, undefined, REGISTER, { input: { email: '  Ana.Souza@Example.TEST ', password: 'Correct-Horse-42', displayName: '  Ana   Souza ' } });
    expect(res.errors).toBeUndefined();
    expect(res.data.register.user).toMatchObject({ displayName: 'Ana Souza', email: 'ana.souza@example.test' });
    const [row] = await t.sql(`SELECT email, password_hash FROM app_user WHERE id = $1`, [res.data.register.user.id]);
    expect(row.email).toBe('ana.souza@example.test');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    const events = await t.sql(`SELECT type, payload FROM domain_event WHERE aggregate_id = $1`, [res.data.register.user.id]);
    expect(events).toEqual([{ type: 'user.registered', payload: { userId: res.data.register.user.id, displayName: 'Ana Souza' } }]);
    const again = await send(t, undefined, REGISTER, { input: { email: 'ana.souza@example.test', password: 'Another-Horse-43', displayName: 'Ana' } });
    expect(again.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it.each([
    [{ email: 'not-an-email' }, 'email'],
    [{ password: 'short1!' }, 'password'],
    [{ password: 'onlyletterslong' }, 'password'],
    [{ password: 'Zoe-the-first-1', displayName: 'Zoe-the-first' }, 'password'],
    [{ displayName: 'Evil\u202eName' }, 'displayName'],
    [{ displayName: 'Bell\u0007' }, 'displayName'],
    [{ displayName: 'A' }, 'displayName'],
  ])('refuses %j naming %s, and writes nothing', async (override, field) => {
    const before = await users();
    const res = await send(t, undefined, REGISTER, { input: { email: `valid-${Math.random()}@example.test`, password: 'Correct-Horse-42', displayName: 'Valid Name', ...override } });
    expect(res.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await users()).toBe(before);
  });

  it('logs in, answers `me`, and refuses wrong passwords and bad tokens alike', async () => {
    const user = await t.register();
    const login = await send(t, undefined, LOGIN, { input: { email: user.email.toUpperCase(), password: user.password } });
    expect(login.data.login.user.id).toBe(user.user.id);
    const me = await send(t, login.data.login.accessToken, graphql(`query AuthMe { me { id email } }`));
    expect(me.data.me).toEqual({ id: user.user.id, email: user.email });
    const wrong = await send(t, undefined, LOGIN, { input: { email: user.email, password: 'Wrong-Horse-42' } });
    const unknown = await send(t, undefined, LOGIN, { input: { email: 'nobody@example.test', password: 'Wrong-Horse-42' } });
    expect(wrong.errors[0]).toMatchObject({ message: 'Email or password is incorrect', extensions: { code: 'UNAUTHENTICATED' } });
    expect(unknown.errors[0]).toEqual(wrong.errors[0]);
    expect((await send(t, undefined, graphql(`query AuthMe2 { me { id } }`))).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const forged = await send(t, `${login.data.login.accessToken.slice(0, -4)}AAAA`, graphql(`query AuthMe3 { me { id } }`));
    expect(forged.errors[0]).toMatchObject({ message: 'Access token is invalid', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('shows a user their own email and nobody else’s', async () => {
    const [author, reader] = [await person(t), await person(t)];
    const ideaId = await propose(t, author, await challenge(t, author, await brand(t, author)));
    const AUTHOR = graphql(`query AuthIdea($id: ID!) { idea(id: $id) { author { id email } } }`);
    expect((await send(t, author, AUTHOR, { id: ideaId })).data.idea.author).toEqual({ id: author.id, email: author.email });
    expect((await send(t, reader, AUTHOR, { id: ideaId })).data.idea.author).toEqual({ id: author.id, email: null });
    expect((await send(t, undefined, AUTHOR, { id: ideaId })).data.idea.author.email).toBeNull();
  });

  it('expires access tokens', async () => {
    const short = await createTestApp({ env: { ACCESS_TOKEN_TTL: '30' } });
    try {
      const user = await short.register();
      const jwt = JSON.parse(Buffer.from(user.accessToken.split('.')[1], 'base64url').toString());
      expect(jwt.exp - jwt.iat).toBe(30);
    } finally {
      await short.close();
    }
  });

  it('rotates refresh tokens and revokes the whole session when one is reused', async () => {
    const user = await t.register();
    const first = await send(t, undefined, REFRESH, { token: user.refreshToken });
    expect(first.errors).toBeUndefined();
    expect(first.data.refreshSession.refreshToken).not.toBe(user.refreshToken);
    const second = await send(t, undefined, REFRESH, { token: first.data.refreshSession.refreshToken! });
    expect(second.errors).toBeUndefined();

    // The first token again: someone replayed it. The session is revoked, including the newest token.
    const replay = await send(t, undefined, REFRESH, { token: user.refreshToken });
    expect(replay.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(replay.errors[0].message).toMatch(/revoked/);
    const newest = await send(t, undefined, REFRESH, { token: second.data.refreshSession.refreshToken! });
    expect(newest.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [session] = await t.sql(`SELECT revoked_reason FROM auth_session WHERE user_id = $1`, [user.user.id]);
    expect(session.revoked_reason).toBe('refresh token reused');

    // Other sessions of the same user are unaffected.
    const other = await send(t, undefined, LOGIN, { input: { email: user.email, password: user.password } });
    expect((await send(t, undefined, REFRESH, { token: other.data.login.refreshToken! })).errors).toBeUndefined();
  });

  it('refuses malformed refresh tokens without revealing why', async () => {
    for (const token of ['', 'garbage', '00000000-0000-4000-8000-000000000000.secret', `${'x'.repeat(300)}`]) {
      const res = await send(t, undefined, REFRESH, { token });
      expect(res.errors[0]).toMatchObject({ message: 'Refresh token is invalid or expired', extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('logs out: the session’s refresh token no longer works', async () => {
    const user = await t.register();
    const out = await send(t, user.accessToken, graphql(`mutation AuthLogout { logout }`));
    expect(out.errors).toBeUndefined();
    expect(out.data.logout).toBe(true);
    expect((await send(t, undefined, REFRESH, { token: user.refreshToken })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await send(t, undefined, graphql(`mutation AuthLogout2 { logout }`))).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  // Sign-in throttling and session revocation: test/security/api2-broken-authentication.e2e-spec.ts.
});
