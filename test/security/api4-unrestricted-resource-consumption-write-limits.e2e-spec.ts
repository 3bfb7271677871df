import { createTestApp, TestApp } from '../setup/test-app';
import { brand, challenge, propose } from '../support/co-creation';
import { Account, SECURITY_ENV, account, freshAddress, gqlFrom, refusal } from './support/clients';

// OWASP API4:2023 (unrestricted resource consumption), writes: every write a stranger can make
// is limited per account and per client address, stricter for new accounts, answered with
// RATE_LIMITED and when to retry, changing nothing; with Redis the counts hold for the cluster.
// (Socket joins have their own limits: test/realtime/realtime-limits.e2e-spec.ts.)

const REGISTER = `mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`;
const COMMENT = `mutation($i: AddCommentInput!) { addComment(input: $i) { id } }`;
const VOTE = `mutation($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { viewerVote } }`;

describe('write limits', () => {
  let t: TestApp;
  let owner: Account;
  let author: Account;
  let challengeId: string;
  let ideaId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: SECURITY_ENV });
    owner = await account(t);
    author = await account(t);
    const orgId = await brand(gqlAs(t, owner.address), { token: owner.token, id: owner.id, email: owner.email });
    challengeId = await challenge(gqlAs(t, owner.address), { token: owner.token, id: owner.id, email: owner.email }, orgId, 'IDEATION');
    ideaId = await propose(gqlAs(t, author.address), { token: author.token, id: author.id, email: author.email }, challengeId);
  });
  afterAll(() => t?.close());

  it('refuses the 11th registration from one address within the hour, saying when to retry, and creates nothing', async () => {
    const address = freshAddress();
    const register = (n: number) =>
      gqlFrom(t, address, REGISTER, { i: { email: `burst-${n}-${address}@example.test`, password: 'Correct-Horse-42-Battery', displayName: `Burst ${n}` } });
    const answers = await Promise.all(Array.from({ length: 15 }, (_, n) => register(n)));
    expect(answers.filter((res) => !res.errors)).toHaveLength(10);
    const refused = answers.filter((res) => res.errors);
    expect(refused).toHaveLength(5);
    for (const res of refused) {
      const error = refusal(res);
      expect(error.extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'register', scope: 'client' });
      expect(error.extensions.retryAfterSeconds).toBeGreaterThan(3_000);
      expect(error.extensions.retryAfterSeconds).toBeLessThanOrEqual(3_600);
      expect(error.message).toMatch(/try again in \d+ s/);
      expect(Number(res.retryAfter)).toBe(error.extensions.retryAfterSeconds); // the HTTP header says it too
    }
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM app_user WHERE email LIKE $1`, [`burst-%-${address}@example.test`]);
    expect(n).toBe(10);
    // Another address is not held back by this one.
    expect((await register(99).then(() => gqlFrom(t, freshAddress(), REGISTER, { i: { email: `other-${address}@example.test`, password: 'Correct-Horse-42-Battery', displayName: 'Other' } }))).errors).toBeUndefined();
  });

  it('holds a new account to 2 comments a minute, and writes nothing when refusing', async () => {
    const newcomer = await account(t);
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await gqlFrom(t, newcomer.address, COMMENT, { i: { ideaId, body: `+1 number ${i}` } }, newcomer.token));
    expect(answers.slice(0, 2).map((res) => res.errors)).toEqual([undefined, undefined]);
    for (const res of answers.slice(2)) {
      expect(refusal(res).extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'comment', scope: 'newAccount' });
      expect(refusal(res).extensions.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM comment WHERE author_id = $1`, [newcomer.id]);
    expect(n).toBe(2);
    const [{ entries }] = await t.sql(`SELECT count(*)::int AS entries FROM contribution WHERE participant_id IN (SELECT pseudonym FROM author_pseudonym WHERE participant_id = $1) AND kind = 'COMMENT'`, [newcomer.id]);
    expect(entries).toBe(2);
  });

  it('gives an account older than a day the ordinary allowance, per account whatever the address', async () => {
    const regular = await account(t);
    await t.sql(`UPDATE app_user SET created_at = now() - interval '2 days' WHERE id = $1`, [regular.id]);
    const login = await gqlFrom(t, regular.address, `mutation($i: LoginInput!) { login(input: $i) { accessToken } }`, { i: { email: regular.email, password: regular.password } });
    const token = login.data.login.accessToken;
    const answers = [];
    // Each from another address: the account's own limit still counts them together.
    for (let i = 0; i < 6; i++) answers.push(await gqlFrom(t, freshAddress(), COMMENT, { i: { ideaId, body: `Comment number ${i}` } }, token));
    expect(answers.slice(0, 5).every((res) => !res.errors)).toBe(true);
    expect(refusal(answers[5]).extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'comment', scope: 'account' });
  });

  it('stops a vote-toggling script at 10 a minute for a new account, leaving no ledger entry for refused toggles', async () => {
    const voter = await account(t);
    const values = ['UP', 'NONE', 'UP', 'NONE', 'UP', 'NONE', 'UP', 'NONE', 'UP', 'NONE', 'UP', 'NONE', 'UP', 'NONE'];
    const answers = [];
    for (const v of values) answers.push(await gqlFrom(t, voter.address, VOTE, { id: ideaId, v }, voter.token));
    expect(answers.slice(0, 10).every((res) => !res.errors)).toBe(true);
    for (const res of answers.slice(10)) expect(refusal(res).extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'vote' });
    const [{ entries }] = await t.sql(`SELECT count(*)::int AS entries FROM contribution WHERE participant_id IN (SELECT pseudonym FROM voter_pseudonym WHERE participant_id = $1) AND kind = 'VOTE_CAST'`, [voter.id]);
    expect(entries).toBe(10);
  });

  it('counts one address across its accounts (a script with many accounts)', async () => {
    const address = freshAddress();
    const accounts: Account[] = [];
    for (let i = 0; i < 9; i++) accounts.push(await account(t, address));
    // 15 comments a minute from one client, whoever signs them.
    let accepted = 0;
    let refused: Record<string, unknown> | null = null;
    for (const [i, a] of [...accounts, ...accounts].entries()) {
      const res = await gqlFrom(t, address, COMMENT, { i: { ideaId, body: `Many accounts ${i}` } }, a.token);
      if (res.errors) refused ??= refusal(res).extensions;
      else accepted++;
    }
    expect(accepted).toBe(15);
    expect(refused).toMatchObject({ code: 'RATE_LIMITED', policy: 'comment', scope: 'client' });
  });
});

const REDIS_URL = process.env.POLLEN_TEST_REDIS_URL;
(REDIS_URL ? describe : describe.skip)('write limits across instances (Redis)', () => {
  let a: TestApp;
  let b: TestApp;

  beforeAll(async () => {
    a = await createTestApp({ env: { ...SECURITY_ENV, REDIS_URL: REDIS_URL! } });
    b = await createTestApp({ env: { ...SECURITY_ENV, REDIS_URL: REDIS_URL! }, sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('counts registrations from one address on every instance together', async () => {
    const address = freshAddress();
    const answers = await Promise.all(
      Array.from({ length: 14 }, (_, n) =>
        gqlFrom(n % 2 ? a : b, address, REGISTER, { i: { email: `cluster-${n}-${address}@example.test`, password: 'Correct-Horse-42-Battery', displayName: `Cluster ${n}` } }),
      ),
    );
    expect(answers.filter((res) => !res.errors)).toHaveLength(10);
    for (const res of answers.filter((r) => r.errors)) expect(refusal(res).extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'register' });
  });
});

/** The co-creation helpers, speaking from one address. */
function gqlAs(t: TestApp, address: string): Pick<TestApp, 'gql'> {
  return { gql: (query, variables, token) => gqlFrom(t, address, query, variables, token) };
}
