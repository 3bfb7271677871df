import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { LedgerAuditor } from '@pollen/ledger';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, vote } from '../support/co-creation';
import { send } from '../support/graphql';
import { connected } from '../support/sockets';

const ROOT = join(__dirname, '..', '..');
const ERASE = graphql(`mutation ErasureEraseAccount($i: EraseAccountInput!) { eraseAccount(input: $i) { erasedAt pseudonym contentRemoved credit } }`);
const LOGIN = graphql(`mutation ErasureLogin($input: LoginInput!) { login(input: $input) { accessToken } }`);
const STATEMENT = graphql(`query ErasureOwnershipStatement($c: ID!) { ownershipStatement(challengeId: $c, first: 100) { edges { node { party participant { id displayName } points shareBasisPoints } } } }`);
const REVISE = graphql(`mutation ErasureReviseIdea($i: ReviseIdeaInput!) { reviseIdea(input: $i) { id } }`);
const REPORT = graphql(`mutation ErasureReport($i: ReportInput!) { report(input: $i) { targetId } }`);
const ME = graphql(`query ErasureMe { me { id } }`);
const SHOWN = graphql(`query ErasureIdea($i: ID!) { idea(id: $i) { title author { displayName } } }`);
const SHOWN_EMAIL = graphql(`query ErasureIdeaEmail($i: ID!) { idea(id: $i) { title author { displayName email } } }`);

/** Every column of every table that can hold text (found from information_schema, so a new table is covered), with the rows that contain `needle`. */
async function scan(t: TestApp, needle: string): Promise<string[]> {
  const columns = await t.sql(
    `SELECT table_name AS t, column_name AS c FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'jsonb', 'json', 'character varying', 'ARRAY', 'tsvector', 'bytea')`,
  );
  const found: string[] = [];
  for (const { t: table, c: column } of columns) {
    const [{ n }] = await t.sql(`SELECT count(*)::int AS n FROM "${table}" WHERE position($1 in lower("${column}"::text)) > 0`, [needle]);
    if (n) found.push(`${table}.${column}: ${n}`);
  }
  return found;
}

/** `npm run ledger -- verify`, without blocking the in-process server meanwhile; rejects on a non-zero exit. */
function verifyCli(databaseUrl: string): Promise<{ stdout: string }> {
  return promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'apps/ledger/src/main.ts', 'verify'], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, LOG_LEVEL: 'error' },
    encoding: 'utf8',
    timeout: 60_000,
  });
}

async function statementOk(t: TestApp, challengeId: string) {
  await t.sealLedger();
  const rows = (await send(t, undefined, STATEMENT, { c: challengeId })).data.ownershipStatement.edges.map((e) => e.node);
  expect(rows.reduce((sum, r) => sum + r.shareBasisPoints, 0)).toBe(10_000);
  expect((await t.app.get(LedgerAuditor).verify(challengeId)).problem).toBeNull();
  return rows;
}

/**
 * The app's log output, captured for the whole file instead of printed. pino writes to
 * `process.stdout` itself (not through its own file descriptor) once `write` is replaced, so the
 * spy goes in before the app and its logger are made.
 */
function captureLogs(): { text: () => string } {
  const chunks: string[] = [];
  jest.spyOn(process.stdout, 'write').mockImplementation(((data: string | Uint8Array) => {
    chunks.push(typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    return true;
  }) as typeof process.stdout.write);
  return { text: () => chunks.join('') };
}

describe('erasing an account: personal data goes at once, the ledger stays valid', () => {
  const logs = captureLogs();
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let challengeId: string;
  let anaIdea: string;

  beforeAll(async () => {
    // Every request and SQL statement is logged (text, never parameters): what the scan of the logs reads.
    t = await createTestApp({ env: { LOG_LEVEL: 'debug' } });
    owner = await person(t);
    ana = await person(t);
    challengeId = await challenge(t, owner, await brand(t, owner));
    anaIdea = await propose(t, ana, challengeId, { title: 'A roof that charges the car' });
  });
  afterAll(() => t.close());

  const marker = `zq${randomBytes(4).toString('hex')}mark`;

  it('refuses without the right password or a contact for a kept credit, and changes nothing', async () => {
    const who = await t.register();
    expect((await send(t, who.accessToken, ERASE, { i: { password: 'wrong-password-1', removeContent: false, credit: 'FORFEIT' } })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    expect((await send(t, who.accessToken, ERASE, { i: { password: who.password, removeContent: false, credit: 'KEEP' } })).errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'payoutContact' });
    expect((await send(t, undefined, ERASE, { i: { password: who.password, removeContent: false, credit: 'FORFEIT' } })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    const [row] = await t.sql(`SELECT email, erased_at FROM app_user WHERE id = $1`, [who.user.id]);
    expect(row).toEqual({ email: who.email, erased_at: null });
    expect((await send(t, undefined, LOGIN, { input: { email: who.email, password: who.password } })).errors).toBeUndefined();
  });

  it('removes content and forfeits credit: a scan of every table and the outbox finds no trace of the marker, and the ledger verifies', async () => {
    const who = await t.register({ displayName: `Mara ${marker}`, email: `${marker}@example.test` });
    const mara: Person = { token: who.accessToken, id: who.user.id, email: who.email };
    const ideaId = await propose(t, mara, challengeId, { title: `Seats woven from ${marker} nets`, body: `Nets from the harbour, ${marker} style`, tags: [`${marker}`] });
    expect((await send(t, mara, REVISE, { i: { ideaId, body: `Revised: ${marker} nets, washed` } })).errors).toBeUndefined();
    expect((await comment(t, mara, anaIdea, `I love it, ${marker} says`)).errors).toBeUndefined();
    // A retry-safe request: its answer (with her text) is kept for replay, sealed, under her account.
    const keyed = await fetch(`${t.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${mara.token}`, 'idempotency-key': randomBytes(8).toString('hex') },
      body: JSON.stringify({ query: `mutation($i: AddCommentInput!) { addComment(input: $i) { id body } }`, variables: { i: { ideaId: anaIdea, body: `Kept for a retry, ${marker}` } } }),
    });
    expect(((await keyed.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await t.sql(`SELECT count(*)::int AS n FROM idempotency_key WHERE owner_id = $1`, [mara.id])).toEqual([{ n: 1 }]);
    expect((await comment(t, ana, ideaId, 'Nice idea')).errors).toBeUndefined();
    expect((await vote(t, mara, anaIdea, 'UP')).errors).toBeUndefined();
    expect((await vote(t, ana, ideaId, 'UP')).errors).toBeUndefined();
    const report = await send(t, mara, REPORT, { i: { targetType: 'IDEA', targetId: anaIdea, reason: 'OTHER', details: `Reported by ${marker}` } });
    expect(report.errors).toBeUndefined();
    await statementOk(t, challengeId);
    const before = await scan(t, marker);
    expect(before.length).toBeGreaterThan(5);
    // The outbox events kept for catch-up (libs/privacy, Retention) carry her name and texts, until the erasure.
    expect(before).toEqual(expect.arrayContaining([expect.stringMatching(/^domain_event\.payload: /)]));
    const socket = t.socket(mara.token);
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.on('disconnect', (reason) => resolve(reason)));

    const [{ pseudonym: maraAuthor }] = await t.sql(`SELECT pseudonym FROM author_pseudonym WHERE participant_id = $1`, [mara.id]);
    const erased = await send(t, mara, ERASE, { i: { password: who.password, removeContent: true, credit: 'FORFEIT' } });
    expect(erased.errors).toBeUndefined();
    expect(erased.data.eraseAccount).toMatchObject({ contentRemoved: true, credit: 'FORFEIT', pseudonym: expect.stringMatching(/^Participant [0-9a-f]{8}$/) });

    expect(await scan(t, marker)).toEqual([]);
    // Her kept idempotency answers went with her personal data.
    expect(await t.sql(`SELECT count(*)::int AS n FROM idempotency_key WHERE owner_id = $1`, [mara.id])).toEqual([{ n: 0 }]);
    expect(await closed).toBe('io server disconnect');
    expect((await send(t, undefined, LOGIN, { input: { email: who.email, password: who.password } })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await send(t, mara, ME)).errors?.[0].extensions.code ?? 'none').toBe('UNAUTHENTICATED');
    expect(await t.sql(`SELECT content_removed, credit FROM account_erasure WHERE user_id = $1`, [mara.id])).toEqual([{ content_removed: true, credit: 'FORFEITED' }]);
    expect(await t.sql(`SELECT 1 FROM voter_pseudonym WHERE participant_id = $1 UNION ALL SELECT 1 FROM author_pseudonym WHERE participant_id = $1`, [mara.id])).toEqual([]);
    // Contributions stay, under the pseudonym; forfeited credit is cancelled, and the statement still sums to 10,000.
    const shown = await send(t, undefined, SHOWN, { i: ideaId });
    expect(shown.data.idea).toEqual({ title: '[removed by its author]', author: { displayName: erased.data.eraseAccount.pseudonym } });
    const rows = await statementOk(t, challengeId);
    expect(rows.find((r) => r.party === maraAuthor)?.points ?? 0).toBe(0);
    // Erasing twice is refused.
    expect((await send(t, mara, ERASE, { i: { password: who.password, removeContent: true, credit: 'FORFEIT' } })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await verifyCli(t.databaseUrl)).stdout).toContain(`ok   challenge ${challengeId}`);
  });

  it('keeps texts and credit when asked: the credit stays the pseudonym’s, its payout contact kept apart', async () => {
    const who = await t.register({ displayName: 'Kim Keeper' });
    const kim: Person = { token: who.accessToken, id: who.user.id, email: who.email };
    const ideaId = await propose(t, kim, challengeId, { title: 'Solar film on the windows' });
    expect((await vote(t, kim, anaIdea, 'UP')).errors).toBeUndefined();
    const before = await statementOk(t, challengeId);
    const [{ pseudonym: kimVotes }] = await t.sql(`SELECT pseudonym FROM voter_pseudonym WHERE participant_id = $1`, [kim.id]);
    const [{ pseudonym: kimAuthor }] = await t.sql(`SELECT pseudonym FROM author_pseudonym WHERE participant_id = $1`, [kim.id]);
    const kimBefore = before.find((r) => r.party === kimAuthor)!.points;

    const erased = await send(t, kim, ERASE, { i: { password: who.password, removeContent: false, credit: 'KEEP', payoutContact: 'IBAN FR76 3000 6000 0112 3456 7890 189' } });
    expect(erased.data.eraseAccount).toMatchObject({ contentRemoved: false, credit: 'KEEP' });
    const shown = await send(t, undefined, SHOWN_EMAIL, { i: ideaId });
    expect(shown.data.idea).toEqual({ title: 'Solar film on the windows', author: { displayName: erased.data.eraseAccount.pseudonym, email: null } });
    const after = await statementOk(t, challengeId);
    // Her row keeps its credit under her author pseudonym, which nobody can open any more (its salt is forgotten): it shows no one.
    expect(after.find((r) => r.party === kimAuthor)).toMatchObject({ points: kimBefore, participant: null });
    expect(after.find((r) => r.party === kimVotes)!.points).toBe(0.5);
    expect(await t.sql(`SELECT contact, voter_pseudonyms, author_pseudonyms FROM erasure_payout WHERE user_id = $1`, [kim.id])).toEqual([
      { contact: 'IBAN FR76 3000 6000 0112 3456 7890 189', voter_pseudonyms: [kimVotes], author_pseudonyms: [kimAuthor] },
    ]);
    expect(await t.sql(`SELECT email, password_hash, display_name FROM app_user WHERE id = $1`, [kim.id])).toEqual([{ email: null, password_hash: null, display_name: erased.data.eraseAccount.pseudonym }]);
    expect(await t.sql(`SELECT 1 FROM auth_session WHERE user_id = $1 AND revoked_at IS NULL`, [kim.id])).toEqual([]);
    expect(await scan(t, 'kim keeper')).toEqual([]);
  });

  it('left no trace of the marker in the app’s logs, over the whole file (every request and SQL statement logged)', () => {
    const text = logs.text();
    expect(text).toMatch(/"msg":"graphql mutation /);
    expect(text).toMatch(/"msg":"sql"/);
    expect(text.toLowerCase()).not.toContain(marker);
    expect(text.toLowerCase()).not.toContain('kim keeper');
  });
});
