import { createHash } from 'node:crypto';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, person, propose, vote } from '../support/co-creation';
import { send } from '../support/graphql';
import { connected, join, record, until } from '../support/sockets';

const LEDGER = graphql(`query VoteCorrelationLedger($c: ID!, $after: String) { contributionLedger(challengeId: $c, first: 100, after: $after) {
  edges { node { seq id kind party participant { id } ideaId commentId points compensates detail occurredAt prevHash hash } }
  pageInfo { hasNextPage endCursor } } }`);
const STATEMENT = graphql(`query VoteCorrelationStatement($c: ID!, $first: Int) { ownershipStatement(challengeId: $c, first: $first) { edges { node { party participant { id } shareBasisPoints } } } }`);
const STATEMENT_CSV = graphql(`query VoteCorrelationStatementExport($c: ID!) { ownershipStatementExport(challengeId: $c, format: CSV) { content } }`);
const PSEUDONYM = graphql(`query VoteCorrelationMyVoterPseudonym($c: ID!) { myVoterPseudonym(challengeId: $c) { pseudonym participantId salt } }`);

interface Entry {
  seq: string;
  id: string;
  kind: string;
  party: string;
  participant: { id: string } | null;
  ideaId: string | null;
  commentId: string | null;
  points: number;
  compensates: string | null;
  detail: string;
  occurredAt: string | null;
  prevHash: string;
  hash: string;
}

/** What anyone reads: every page of the public ledger, anonymously. */
async function publicLedger(t: TestApp, challengeId: string): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (let after: string | null = null; ; ) {
    const page: any = (await send(t, undefined, LEDGER, { c: challengeId, after })).data.contributionLedger;
    entries.push(...page.edges.map((e: any) => e.node));
    if (!page.pageInfo.hasNextPage) return entries;
    after = page.pageInfo.endCursor;
  }
}

/** The README's format pollen-ledger/2, recomputed from the pages alone. */
function rehash(challengeId: string, entries: Entry[]): boolean {
  let prev = '0'.repeat(64);
  for (const e of entries) {
    const text = JSON.stringify(['pollen-ledger/2', challengeId, e.seq, e.id, e.kind, e.party, e.ideaId, e.commentId, String(Math.round(e.points * 1000)), e.compensates, e.detail, e.occurredAt && new Date(e.occurredAt).toISOString()]);
    const hash = createHash('sha256').update(prev).update('\n').update(text).digest('hex');
    if (e.prevHash !== prev || e.hash !== hash) return false;
    prev = hash;
  }
  return true;
}

const MIN_VOTERS = 3;
const MAX_WAIT_MS = 15_000;

describe('an observer who watches live tallies and reads the public ledger cannot tell who voted, nor attribute votes beyond chance', () => {
  // Votes wait for their batch on this instance; the second instance (same database) seals batches at once,
  // each idea's votes only with at least 3 distinct voters in them, or once they waited 15 s.
  let t: TestApp;
  let sealer: TestApp;
  let voters: Person[];
  let ana: Person;
  let owner: Person;
  let challengeId: string;
  let ideas: string[];
  /** The votes in the order they were cast, as the observer saw each tally change. */
  const cast: Array<{ voter: Person; ideaId: string; value: 'UP' | 'DOWN' }> = [];
  const seen: Array<{ ideaId: string; direction: 'UP' | 'DOWN'; at: string }> = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { LEDGER_VOTE_BATCH_MS: '3600000' } });
    sealer = await createTestApp({ sameDatabaseAs: t, env: { LEDGER_VOTE_MIN_VOTERS: String(MIN_VOTERS), LEDGER_VOTE_MAX_WAIT_MS: String(MAX_WAIT_MS) } });
    owner = await person(t);
    ana = await person(t);
    voters = [];
    for (let i = 0; i < 12; i++) voters.push(await person(t));
    challengeId = await challenge(t, owner, await brand(t, owner));
    ideas = [await propose(t, ana, challengeId, { title: 'A roof that charges the car' }), await propose(t, ana, challengeId, { title: 'Seats made of recycled nets' })];
  });
  afterAll(async () => {
    await sealer?.close();
    await t?.close();
  });

  it('sees every tally change live, one vote at a time', async () => {
    const observer = t.socket();
    await connected(observer);
    const received = record(observer);
    expect((await join(observer, { challengeId })).ok).toBe(true);
    const counts = new Map(ideas.map((id) => [id, { up: 0, down: 0 }]));
    for (const [i, voter] of voters.entries()) {
      const ideaId = ideas[i % 2];
      const value = i % 3 === 0 ? 'DOWN' : 'UP';
      expect((await vote(t, voter, ideaId, value)).errors).toBeUndefined();
      const count = counts.get(ideaId)!;
      if (value === 'UP') count.up++;
      else count.down++;
      // The observer waits for this very change before the next vote: the best case for correlating by time.
      const events = await until(received, (all) => all.some((e) => e.type === 'idea.voted' && e.data.ideaId === ideaId && e.data.upvotes === count.up && e.data.downvotes === count.down));
      const change = events.find((e) => e.type === 'idea.voted' && e.data.ideaId === ideaId && e.data.upvotes === count.up && e.data.downvotes === count.down)!;
      cast.push({ voter, ideaId, value });
      seen.push({ ideaId, direction: value, at: change.occurredAt });
      // A tally names nobody.
      expect(Object.keys(change.data).sort()).toEqual(['downvotes', 'ideaId', 'score', 'upvotes']);
    }
    observer.close();
  });

  it('finds no vote in the ledger until its batch is due, and then a batch in an order that is not the order of the votes', async () => {
    await t.sealLedger();
    const early = await publicLedger(t, challengeId);
    expect(early.map((e) => e.kind)).toEqual(['POLICY', 'IDEA_PROPOSED', 'IDEA_PROPOSED']); // ana's licence acceptance waits with the votes
    await sealer.sealLedger();
    const entries = await publicLedger(t, challengeId);
    const votes = entries.filter((e) => e.kind === 'VOTE_CAST');
    expect(votes).toHaveLength(12);
    // The batch comes after what was sealed before, in entry-id order: it says nothing of when.
    const batch = entries.slice(3);
    expect(batch.map((e) => e.id)).toEqual([...batch.map((e) => e.id)].sort());
    expect(batch.every((e) => e.occurredAt === null)).toBe(true);
    expect(rehash(challengeId, entries)).toBe(true);
  });

  it('cannot name any voter from the ledger or the statement', async () => {
    const entries = await publicLedger(t, challengeId);
    const accounts = new Set(voters.map((v) => v.id));
    // Voters' only acts were votes: no account of theirs is anywhere in the public ledger.
    for (const e of entries) {
      expect(accounts.has(e.party)).toBe(false);
      if (e.participant) expect(accounts.has(e.participant.id)).toBe(false);
    }
    expect(entries.filter((e) => e.kind === 'VOTE_CAST').every((e) => e.participant === null)).toBe(true);
    const statement = (await send(t, undefined, STATEMENT, { c: challengeId, first: 50 })).data.ownershipStatement;
    const rows = statement.edges.map((e: any) => e.node);
    expect(rows.filter((r: any) => r.participant).map((r: any) => r.participant.id)).toEqual([ana.id]);
    expect(rows.some((r: any) => accounts.has(r.party))).toBe(false);
    expect(rows.reduce((sum: number, r: any) => sum + r.shareBasisPoints, 0)).toBe(10_000);
    // Nor does the CSV export.
    const csv = (await send(t, owner, STATEMENT_CSV, { c: challengeId })).data.ownershipStatementExport.content;
    for (const v of voters) expect(csv).not.toContain(v.id);
  });

  it('attributes votes to pseudonyms no better than chance, while each voter can prove which pseudonym is theirs', async () => {
    const entries = await publicLedger(t, challengeId);
    // The observer's best strategy: the n-th change on an idea is the n-th vote on it in the ledger.
    const guessed = new Map<string, number>(); // pseudonym → index of the vote the observer attributes to it
    for (const ideaId of ideas) {
      const changes = seen.map((s, i) => ({ ...s, i })).filter((s) => s.ideaId === ideaId);
      const onIdea = entries.filter((e) => e.kind === 'VOTE_CAST' && e.ideaId === ideaId);
      onIdea.forEach((e, n) => guessed.set(e.party, changes[n].i));
    }
    // The truth, which only each voter can give: their pseudonym and its opening.
    let right = 0;
    for (const [i, { voter }] of cast.entries()) {
      const proof = (await send(t, voter, PSEUDONYM, { c: challengeId })).data.myVoterPseudonym!;
      const hex = createHash('sha256').update(`pollen-voter/1\n${challengeId}\n${voter.id}\n`).update(Buffer.from(proof.salt, 'hex')).digest('hex');
      expect(proof.pseudonym).toBe(`${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`);
      if (guessed.get(proof.pseudonym) === i) right++;
    }
    // By chance, about one right per idea (the fixed points of a random order of 6); matching by time got all 12 before.
    // 9 or more of 12 by chance has a probability under 0.05 %.
    expect(right).toBeLessThan(9);
    // Someone else asking learns nothing.
    expect((await send(t, ana, PSEUDONYM, { c: challengeId })).data.myVoterPseudonym).toBeNull();
    expect((await send(t, undefined, PSEUDONYM, { c: challengeId })).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it(`never finds a batch with fewer than ${MIN_VOTERS} voters on an idea: such votes wait for more voters, at most ${MAX_WAIT_MS / 1000} s`, async () => {
    const observer = t.socket();
    await connected(observer);
    const received = record(observer);
    expect((await join(observer, { challengeId })).ok).toBe(true);
    const [quiet, lonely] = [await propose(t, ana, challengeId, { title: 'A quiet idea' }), await propose(t, ana, challengeId, { title: 'A lonely idea' })];
    const onIdea = async (ideaId: string) => (await publicLedger(t, challengeId)).filter((e) => e.kind === 'VOTE_CAST' && e.ideaId === ideaId);
    const [first, second, third, fourth] = [await person(t), await person(t), await person(t), await person(t)];
    expect((await vote(t, fourth, lonely, 'DOWN')).errors).toBeUndefined();
    expect((await vote(t, first, quiet, 'UP')).errors).toBeUndefined();
    expect((await vote(t, second, quiet, 'DOWN')).errors).toBeUndefined();
    // The observer sees both changes on the quiet idea live…
    await until(received, (all) => all.some((e) => e.type === 'idea.voted' && e.data.ideaId === quiet && e.data.upvotes === 1 && e.data.downvotes === 1));
    await sealer.sealLedger();
    // …but a batch of two would tell which pseudonym went which way (with the tally's order): they wait.
    expect(await onIdea(quiet)).toEqual([]);
    expect(await onIdea(lonely)).toEqual([]);
    // So do the licence acceptances their first votes recorded under the same pseudonyms: chained
    // alone, they would show the waiting voters' pseudonyms ahead of their votes.
    const voterOf = async (who: Person) => (await t.sql(`SELECT pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [challengeId, who.id]))[0].pseudonym as string;
    const accepted = async (who: Person) => {
      const party = await voterOf(who);
      return (await publicLedger(t, challengeId)).some((e) => e.kind === 'LICENCE_ACCEPTED' && e.party === party);
    };
    for (const who of [first, second, fourth]) expect(await accepted(who)).toBe(false);
    expect((await vote(t, third, quiet, 'UP')).errors).toBeUndefined();
    await sealer.sealLedger();
    const quietVotes = await onIdea(quiet);
    expect(new Set(quietVotes.map((e) => e.party)).size).toBe(MIN_VOTERS);
    expect(quietVotes.every((e) => e.occurredAt === null)).toBe(true);
    for (const who of [first, second, third]) expect(await accepted(who)).toBe(true);
    expect(await accepted(fourth)).toBe(false);
    // The lonely vote still waits, until its wait is over: then it is chained alone (the bound on the delay).
    expect(await onIdea(lonely)).toEqual([]);
    const [{ ms }] = await t.sql(`SELECT (extract(epoch FROM min(occurred_at) - now()) * 1000)::float8 + $2 AS ms FROM contribution WHERE idea_id = $1 AND kind = 'VOTE_CAST'`, [lonely, MAX_WAIT_MS]);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ms + 1_000)));
    await sealer.sealLedger();
    expect(await onIdea(lonely)).toHaveLength(1);
    expect(await accepted(fourth)).toBe(true);
    // The chain still verifies from its pages alone, and the statement sums to 10,000.
    expect(rehash(challengeId, await publicLedger(t, challengeId))).toBe(true);
    const rows = (await send(t, undefined, STATEMENT, { c: challengeId, first: 100 })).data.ownershipStatement.edges;
    expect(rows.reduce((sum: number, e: any) => sum + e.node.shareBasisPoints, 0)).toBe(10_000);
    observer.close();
  });
});
