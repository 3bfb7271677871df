import { randomUUID } from 'node:crypto';
import { IdempotencyPurgeJob } from '@pollen/idempotency';
import { SignInLimits } from '@pollen/identity';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge } from '../support/co-creation';
import { keyed } from '../support/keyed';

const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title } }`;

// Every mutation takes an Idempotency-Key header: a retry with the same key gives the first
// answer and writes nothing, on any instance; the same key for another request is refused.
describe('idempotent mutations (Idempotency-Key)', () => {
  let a: TestApp;
  let b: TestApp;
  let owner: Person;
  let ana: Person;
  let orgId: string;
  let challengeId: string;

  beforeAll(async () => {
    a = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    b = await createTestApp({ env: { POLLEN_RELAY: 'false' }, sameDatabaseAs: a });
    ({ owner, ana, orgId } = await cast(a));
    challengeId = await challenge(a, owner, orgId, 'IDEATION');
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const idea = (title: string) => ({ input: { challengeId, title, body: 'Seats that fold.', tags: [], buildsOn: [] } });
  const count = async (title: string) => (await a.sql(`SELECT count(*)::int AS n FROM idea WHERE title = $1`, [title]))[0].n;
  const events = async (title: string) => (await a.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'idea.created' AND payload->>'title' = $1`, [title]))[0].n;

  it('a retry with the same key answers the first answer and writes nothing, on the other instance too', async () => {
    const key = randomUUID();
    const first = await keyed(a.url, PROPOSE, idea('Keyed once'), { token: ana.token, key });
    expect(first.body.errors).toBeUndefined();
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    for (const api of [a, b, a]) {
      const again = await keyed(api.url, PROPOSE, idea('Keyed once'), { token: ana.token, key });
      expect(again.body).toEqual(first.body);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
    }
    expect(await count('Keyed once')).toBe(1);
    expect(await events('Keyed once')).toBe(1);
    // Without a key, two requests are two ideas, as always.
    await keyed(a.url, PROPOSE, idea('Unkeyed'), { token: ana.token });
    await keyed(a.url, PROPOSE, idea('Unkeyed'), { token: ana.token });
    expect(await count('Unkeyed')).toBe(2);
  });

  it('refuses the same key for another request, and writes nothing', async () => {
    const key = randomUUID();
    await keyed(a.url, PROPOSE, idea('First use of the key'), { token: ana.token, key });
    const other = await keyed(b.url, PROPOSE, idea('Another request'), { token: ana.token, key });
    expect(other.body.errors[0].extensions).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', field: 'Idempotency-Key' });
    expect(await count('Another request')).toBe(0);
  });

  it('keys are per caller: the same key from someone else is their own request', async () => {
    const key = randomUUID();
    const mine = await keyed(a.url, PROPOSE, idea('Same key, two people'), { token: ana.token, key });
    const theirs = await keyed(a.url, PROPOSE, idea('Same key, two people'), { token: owner.token, key });
    expect(theirs.body.data.proposeIdea.id).not.toBe(mine.body.data.proposeIdea.id);
    expect(await count('Same key, two people')).toBe(2);
  });

  it('concurrent duplicates on both instances write once and all get the first answer', async () => {
    const key = randomUUID();
    const answers = await Promise.all([a, b, a, b, a, b].map((api) => keyed(api.url, PROPOSE, idea('Sent six times at once'), { token: ana.token, key })));
    const ids = new Set(answers.map((answer) => answer.body.data?.proposeIdea?.id));
    expect(answers.map((answer) => answer.body.errors)).toEqual(answers.map(() => undefined));
    expect(ids.size).toBe(1);
    expect(answers.filter((answer) => answer.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
    expect(await count('Sent six times at once')).toBe(1);
  });

  it('a refusal is an answer too: kept and given again, even once the rule would allow it', async () => {
    const key = randomUUID();
    const draft = await challenge(a, owner, orgId, 'DRAFT');
    const input = { input: { challengeId: draft, title: 'Too early', body: 'x', tags: [], buildsOn: [] } };
    const refused = await keyed(a.url, PROPOSE, input, { token: owner.token, key });
    expect(refused.body.errors[0].extensions.code).toBe('PHASE_FORBIDDEN');
    const again = await keyed(b.url, PROPOSE, input, { token: owner.token, key });
    expect(again.body).toEqual(refused.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a register retried gives the same session, and the table holds no token', async () => {
    const key = randomUUID();
    const register = `mutation($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id } } }`;
    const input = { input: { email: `keyed-${key}@example.test`, password: 'Correct-Horse-42', displayName: 'Keyed' } };
    const first = await keyed(a.url, register, input, { key });
    const again = await keyed(b.url, register, input, { key });
    expect(again.body).toEqual(first.body);
    const refresh = first.body.data.register.refreshToken as string;
    const rows = await a.sql(`SELECT answer FROM idempotency_key`);
    expect(rows.some((row: { answer: Buffer }) => row.answer.includes(refresh.split('.')[1]) || row.answer.includes(first.body.data.register.accessToken))).toBe(false);
  });

  it('a sign-in whose session is a cookie gives the same cookie again on a retry', async () => {
    const key = randomUUID();
    const login = `mutation($input: LoginInput!) { login(input: $input, refreshTokenIn: COOKIE) { accessToken } }`;
    const user = await a.register();
    const input = { input: { email: user.email, password: user.password } };
    const first = await keyed(a.url, login, input, { key });
    const again = await keyed(b.url, login, input, { key });
    // The session cookie for /auth and the same for the control room's pages (/manage), both given again.
    expect(first.headers.getSetCookie().map((line) => /Path=([^;]+)/.exec(line)?.[1])).toEqual(['/auth', '/manage']);
    expect(again.headers.getSetCookie()).toEqual(first.headers.getSetCookie());
    expect(again.body).toEqual(first.body);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
  });

  it('a failed sign-in still counts against the account when sent with a key', async () => {
    const login = `mutation($input: LoginInput!) { login(input: $input) { accessToken } }`;
    // Attempts are counted by the sign-in limits (libs/identity), outside the keyed request's transaction.
    const failures = () => a.app.get(SignInLimits).failures(ana.email);
    const before = await failures();
    const answer = await keyed(a.url, login, { input: { email: ana.email, password: 'Wrong-password-1' } }, { key: randomUUID() });
    expect(answer.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(await failures()).toBe(before + 1);
  });

  it('in a mutation of several fields, a refused field is undone alone (the others apply, as without a key) and the answer is kept', async () => {
    const key = randomUUID();
    const two = `mutation($ok: ProposeIdeaInput!, $bad: ProposeIdeaInput!) { ok: proposeIdea(input: $ok) { id } bad: proposeIdea(input: $bad) { id } }`;
    const variables = { ok: idea('Half of a pair').input, bad: { ...idea('x').input, title: '' } };
    const first = await keyed(a.url, two, variables, { token: ana.token, key });
    expect(first.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'title' });
    expect((await keyed(b.url, two, variables, { token: ana.token, key })).body).toEqual(first.body);
    expect(await count('Half of a pair')).toBe(1);
  });

  it('refuses a malformed key naming the header; ignores the key on a query', async () => {
    const bad = await keyed(a.url, PROPOSE, idea('Bad key'), { token: ana.token, key: 'two words' });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'Idempotency-Key' });
    expect(await count('Bad key')).toBe(0);
    const query = await keyed(a.url, `{ challenges(first: 1) { edges { node { id } } } }`, {}, { key: randomUUID() });
    expect(query.body.errors).toBeUndefined();
    expect(query.headers.get('idempotent-replayed')).toBeNull();
  });

  it('forgets keys after a day, on a schedule', async () => {
    const key = randomUUID();
    await keyed(a.url, PROPOSE, idea('A day ago'), { token: ana.token, key });
    await a.sql(`UPDATE idempotency_key SET created_at = now() - interval '25 hours'`);
    expect(await a.app.get(IdempotencyPurgeJob).purgeNow()).toBeGreaterThan(0);
    expect((await a.sql(`SELECT count(*)::int AS n FROM idempotency_key`))[0].n).toBe(0);
    // The key is free again: a new request under it runs.
    await keyed(a.url, PROPOSE, idea('A day ago'), { token: ana.token, key });
    expect(await count('A day ago')).toBe(2);
  });
});
