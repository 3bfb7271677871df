import { createHash } from 'node:crypto';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, vote } from '../support/co-creation';
import { AnswerOf, send } from '../support/graphql';

const ROOT = join(__dirname, '..', '..');
const SET = graphql(`mutation AuthorPseudonymsSetPartnerVisibility($v: PartnerVisibility!) { setPartnerVisibility(visibility: $v) { partnerVisibility } }`);
const LEDGER = graphql(`query AuthorPseudonymsLedger($c: ID!, $after: String) {
  contributionLedger(challengeId: $c, first: 100, after: $after) { pageInfo { hasNextPage endCursor } edges { node { seq id kind party participant { id displayName } ideaId commentId points detail hash } } } }`);
const STATEMENT = graphql(`query AuthorPseudonymsStatement($c: ID!) {
  ownershipStatement(challengeId: $c, first: 20) { participantCount edges { node { party participant { id displayName } points shareBasisPoints contributions { kind count } } } } }`);
const EXPORT = graphql(`query AuthorPseudonymsStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: JSON) { content } }`);
const HELPFUL = graphql(`mutation AuthorPseudonymsMarkHelpful($c: ID!) { markCommentHelpful(commentId: $c) { id } }`);
const INVITE = graphql(`mutation AuthorPseudonymsInvite($i: ID!, $u: ID!) { inviteCoAuthor(ideaId: $i, userId: $u) { id } }`);
const RESPOND = graphql(`mutation AuthorPseudonymsRespond($i: ID!) { respondToCoAuthorship(ideaId: $i, accept: true) { id } }`);
const MINE = graphql(`query AuthorPseudonymsMine($c: ID!) {
  myAuthorPseudonym(challengeId: $c) { challengeId participantId pseudonym salt }
  myVoterPseudonym(challengeId: $c) { pseudonym }
  myContributions(challengeId: $c, first: 50) { kind party } }`);
const VERIFY = graphql(`query AuthorPseudonymsVerify($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }`);
const ERASE = graphql(`mutation AuthorPseudonymsErase($i: EraseAccountInput!) { eraseAccount(input: $i) { credit } }`);
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** What libs/ledger README (*Privacy*) tells a participant to publish: the commitment, recomputed from its opening. */
function authorCommitment(challengeId: string, participantId: string, saltHex: string): string {
  const hex = createHash('sha256').update(`pollen-author/1\n${challengeId}\n${participantId}\n`).update(Buffer.from(saltHex, 'hex')).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The public ledger names no author either (libs/ledger README, *Privacy*): every entry but votes
 * is under the participant's author pseudonym of that challenge. Ada chose "only in aggregates"
 * and takes part in two challenges of one brand (ideas, a co-authorship, comments marked helpful,
 * a vote); Noé stays named. An observer (an outside participant, a partner) reads both
 * challenges' ledgers, statements and the statement export.
 */
describe('privacy: authors are pseudonymous in the public ledger', () => {
  let t: TestApp;
  let owner: Person;
  let ada: Person & { password: string };
  let noe: Person;
  let observer: Person;
  let noeName: string;
  const challenges: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    owner = await person(t);
    const registered = await t.register();
    ada = { token: registered.accessToken, id: registered.user.id, email: registered.email, password: registered.password };
    [noe, observer] = [await person(t), await person(t)];
    noeName = (await t.sql(`SELECT display_name FROM app_user WHERE id = $1`, [noe.id]))[0].display_name;
    expect((await send(t, ada, SET, { v: 'AGGREGATE' })).errors).toBeUndefined();
    const orgId = await brand(t, owner);
    for (const title of ['Seats', 'Lights']) {
      const challengeId = await challenge(t, owner, orgId);
      challenges.push(challengeId);
      const hers = await propose(t, ada, challengeId, { title: `${title}: woven from nets` });
      const his = await propose(t, noe, challengeId, { title: `${title}: from cork` });
      const note = (await comment(t, ada, his, 'Cork ages well in the sun')).data.addComment.id;
      expect((await send(t, noe, HELPFUL, { c: note })).errors).toBeUndefined();
      expect((await comment(t, noe, hers, 'Which nets?')).errors).toBeUndefined();
      expect((await vote(t, ada, his, 'UP')).errors).toBeUndefined();
      // A co-authorship: its AUTHORSHIP entry's split names both authors.
      expect((await send(t, ada, INVITE, { i: hers, u: noe.id })).errors).toBeUndefined();
      expect((await send(t, noe, RESPOND, { i: hers })).errors).toBeUndefined();
    }
    await t.sealLedger();
  });
  afterAll(() => t.close());

  /** Everything a reader gets of a challenge's public ledger: every page of entries, the statement and its export. */
  async function publicOutput(challengeId: string, as: Person | undefined) {
    type Page = AnswerOf<typeof LEDGER>['data']['contributionLedger'];
    const entries: Array<Page['edges'][number]['node']> = [];
    let after: string | null = null;
    for (;;) {
      const page: Page = (await send(t, as, LEDGER, { c: challengeId, after })).data.contributionLedger;
      entries.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor ?? null;
    }
    const statement = (await send(t, as, STATEMENT, { c: challengeId })).data.ownershipStatement;
    const exported = as ? (await send(t, as, EXPORT, { c: challengeId })).data.ownershipStatementExport.content : '';
    return { entries, statement, exported, text: JSON.stringify({ entries, statement, exported }) };
  }

  it('lets no observer link an "only in aggregates" participant across challenges or to her account', async () => {
    for (const as of [observer, undefined]) {
      const [a, b] = [await publicOutput(challenges[0], as), await publicOutput(challenges[1], as)];
      for (const output of [a, b]) {
        // Her account id appears nowhere: not as a party, not in a split, not as a participant.
        expect(output.text).not.toContain(ada.id);
        expect(output.entries.length).toBeGreaterThan(8);
        expect(output.entries.filter((e) => e.kind === 'AUTHORSHIP').map((e) => (JSON.parse(e.detail) as { shares: Array<[string, number]> }).shares.length)).toEqual([2]);
        // No party is an account: every one is a pseudonym of the challenge.
        const accounts = (await t.sql(`SELECT id FROM app_user`)).map((r: { id: string }) => r.id);
        expect(output.entries.filter((e) => accounts.includes(e.party))).toEqual([]);
        // She shows as no one: "A participant", with an id of that challenge only.
        expect(output.statement.edges.map((e) => e.node.participant).filter((p) => p && p.displayName === 'A participant')).toHaveLength(1);
      }
      // Nothing links the two challenges but what the named chose to show: the only identifiers
      // common to both are the named participant's and the brand owner's accounts.
      const ids = (output: { text: string }) => new Set(output.text.match(UUID));
      const common = [...ids(a)].filter((id) => ids(b).has(id));
      expect(common.sort()).toEqual([noe.id, owner.id].sort());
      // The named participant is still shown by name, in both statements.
      for (const output of [a, b]) expect(output.statement.edges.map((e) => e.node.participant?.displayName)).toContain(noeName);
    }
  });

  it('lets her prove her share with her author pseudonym’s salt, apart from her voter pseudonym', async () => {
    const [challengeId] = challenges;
    const mine = (await send(t, ada, MINE, { c: challengeId })).data;
    const proof = mine.myAuthorPseudonym!;
    expect(proof).toMatchObject({ challengeId, participantId: ada.id, salt: expect.stringMatching(/^[0-9a-f]{64}$/) });
    // Anyone given (challenge, account, salt) recomputes the commitment: it is the party of her row.
    expect(authorCommitment(challengeId, ada.id, proof.salt)).toBe(proof.pseudonym);
    expect(mine.myVoterPseudonym!.pseudonym).not.toBe(proof.pseudonym);
    const rows = (await send(t, observer, STATEMENT, { c: challengeId })).data.ownershipStatement.edges.map((e) => e.node);
    const row = rows.find((r) => r.party === proof.pseudonym)!;
    expect(row.contributions.map((c) => c.kind)).toEqual(expect.arrayContaining(['IDEA_PROPOSED', 'COMMENT', 'COMMENT_HELPFUL', 'LICENCE_ACCEPTED']));
    expect(rows.find((r) => r.party === mine.myVoterPseudonym!.pseudonym)?.contributions.map((c) => c.kind)).toEqual(['VOTE_CAST']);
    // Her own entries are listed under her two parties, and only them.
    expect(new Set(mine.myContributions.map((e) => e.party))).toEqual(new Set([proof.pseudonym, mine.myVoterPseudonym!.pseudonym]));
    // Her pseudonyms in the second challenge are others.
    const second = (await send(t, ada, MINE, { c: challenges[1] })).data;
    expect(second.myAuthorPseudonym!.pseudonym).not.toBe(proof.pseudonym);
    // The brand team sees her named (the consent rule), and nobody else.
    const team = (await send(t, owner, STATEMENT, { c: challengeId })).data.ownershipStatement.edges.map((e) => e.node);
    expect(team.find((r) => r.party === proof.pseudonym)!.participant!.id).toBe(ada.id);
  });

  it('forgets the salt on erasure: the chains verify, statements sum to 10,000, and nobody can link her any more', async () => {
    const before = await Promise.all(challenges.map(async (c) => (await send(t, ada, MINE, { c })).data.myAuthorPseudonym!.pseudonym));
    expect((await send(t, ada, ERASE, { i: { password: ada.password, removeContent: false, credit: 'KEEP', payoutContact: 'IBAN FR76 3000 6000 0112 3456 7890 189' } })).errors).toBeUndefined();
    expect(await t.sql(`SELECT count(*)::int AS n FROM author_pseudonym WHERE participant_id = $1`, [ada.id])).toEqual([{ n: 0 }]);
    // A kept credit is paid for her parties: the one link left, held apart.
    const [payout] = await t.sql(`SELECT author_pseudonyms FROM erasure_payout WHERE user_id = $1`, [ada.id]);
    expect([...payout.author_pseudonyms].sort()).toEqual([...before].sort());
    await t.sealLedger();
    for (const [i, challengeId] of challenges.entries()) {
      expect((await send(t, owner, VERIFY, { c: challengeId })).data.ledgerVerification).toEqual({ ok: true, problem: null });
      const rows = (await send(t, owner, STATEMENT, { c: challengeId })).data.ownershipStatement.edges.map((e) => e.node);
      expect(rows.reduce((sum, r) => sum + r.shareBasisPoints, 0)).toBe(10_000);
      // Her row keeps its credit, under a pseudonym nobody — the brand team included — can open now.
      const row = rows.find((r) => r.party === before[i])!;
      expect(row.points).toBeGreaterThan(0);
      expect(row.participant).toBeNull();
    }
    const { stdout } = await promisify(execFile)(process.execPath, ['-r', '@swc-node/register', 'apps/ledger/src/main.ts', 'verify'], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: t.databaseUrl, LOG_LEVEL: 'error' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    for (const challengeId of challenges) expect(stdout).toContain(`ok   challenge ${challengeId}`);
  });
});
