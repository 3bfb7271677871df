import fc from 'fast-check';
import { ContributionKind } from './contribution-kind';
import { LedgerEntry, UnsealedEntry } from './ledger-entry';
import { GENESIS_HASH, entryHash } from './ledger-hash.util';
import { verifyLedger } from './ledger-verifier';
import { allocateLineage, ancestorsByGeneration } from './lineage.util';
import { buildStatement, largestRemainder, payoutsOf } from './ownership-statement.util';
import { applyDelta, batchDelta, emptyTallies, talliesFromEntries } from './ownership-tallies';
import { DEFAULT_POLICY } from './ownership-policy';

const CHALLENGE = '00000000-0000-4000-8000-000000000000';
const people = ['a', 'b', 'c', 'd', 'e'].map((c) => `${c.repeat(8)}-0000-4000-8000-000000000000`);
const ideas = ['1', '2', '3', '4'].map((c) => `${c.repeat(8)}-0000-4000-8000-000000000001`);
const KINDS = [ContributionKind.COMMENT, ContributionKind.VOTE_CAST, ContributionKind.COMMENT_HELPFUL, ContributionKind.IDEA_PROPOSED, ContributionKind.IDEA_BUILT_UPON];

const IDEA_KINDS = new Set([ContributionKind.IDEA_PROPOSED, ContributionKind.IDEA_BUILT_UPON]);

/** A random workload: contributions, some compensated later, some authorship changes. */
const workload = fc
  .array(
    fc.record({
      kind: fc.constantFrom(...KINDS, ContributionKind.AUTHORSHIP),
      person: fc.integer({ min: 0, max: people.length - 1 }),
      idea: fc.integer({ min: 0, max: ideas.length - 1 }),
      compensate: fc.boolean(),
      split: fc.array(fc.integer({ min: 0, max: people.length - 1 }), { minLength: 1, maxLength: 3 }),
    }),
    { minLength: 1, maxLength: 60 },
  )
  .map((steps) => {
    const entries: UnsealedEntry[] = [];
    let n = 0;
    const id = () => `${(++n).toString(16).padStart(8, '0')}-0000-4000-8000-00000000000f`;
    const base = { challengeId: CHALLENGE, commentId: null, occurredAt: new Date(1_700_000_000_000 + n), compensates: null, detail: {} };
    for (const step of steps) {
      if (step.kind === ContributionKind.AUTHORSHIP) {
        const authors = [...new Set(step.split.map((i) => people[i]))].sort();
        const shares = largestRemainder(authors.map(() => 1n), authors, 10_000n).map(Number);
        entries.push({ ...base, id: id(), kind: step.kind, participantId: people[step.person], ideaId: ideas[step.idea], points: 0n, detail: { shares: authors.map((a, i) => [a, shares[i]]) } });
        continue;
      }
      // Idea credit is recorded under the idea's proposer (its authors come from AUTHORSHIP entries).
      const participantId = IDEA_KINDS.has(step.kind) ? people[step.idea] : people[step.person];
      const entry = { ...base, id: id(), kind: step.kind, participantId, ideaId: ideas[step.idea], points: BigInt(DEFAULT_POLICY.weights[step.kind as 'COMMENT']) };
      entries.push(entry);
      if (step.compensate) entries.push({ ...entry, id: id(), points: -entry.points, compensates: entry.id });
    }
    return entries;
  });

function seal(entries: UnsealedEntry[]): LedgerEntry[] {
  const policy: UnsealedEntry = { challengeId: CHALLENGE, id: 'ffffffff-0000-4000-8000-000000000000', kind: ContributionKind.POLICY, participantId: people[0], ideaId: null, commentId: null, points: 0n, compensates: null, detail: { weights: DEFAULT_POLICY.weights }, occurredAt: new Date(0) };
  let prevHash = GENESIS_HASH;
  return [policy, ...entries].map((entry, i) => {
    const seq = BigInt(i + 1);
    const hash = entryHash(prevHash, entry, seq);
    const sealed = { ...entry, seq, prevHash, hash };
    prevHash = hash;
    return sealed;
  });
}

describe('ownership maths (property-based)', () => {
  it('gives shares that always sum to 10,000 and payouts that always sum to the pool', () => {
    fc.assert(
      fc.property(workload, fc.bigInt({ min: 0n, max: 10n ** 15n }), (entries, pool) => {
        const statement = buildStatement(talliesFromEntries(entries));
        const shares = statement.participants.reduce((sum, p) => sum + p.shareBp, 0);
        const payouts = payoutsOf(statement, pool).reduce((sum, p) => sum + p, 0n);
        if (statement.totalScaledPoints > 0n) {
          expect(shares).toBe(10_000);
          expect(payouts).toBe(pool);
        } else {
          expect(shares).toBe(0);
        }
        // Deterministic: the same ledger in any run gives the same statement.
        expect(buildStatement(talliesFromEntries(entries))).toEqual(statement);
      }),
      { numRuns: 300 },
    );
  });

  it('cancels compensated entries exactly', () => {
    fc.assert(
      fc.property(workload, (entries) => {
        const compensated = new Set(entries.filter((e) => e.compensates).map((e) => e.compensates));
        const without = entries.filter((e) => !e.compensates && !compensated.has(e.id));
        const points = (list: UnsealedEntry[]) => buildStatement(talliesFromEntries(list)).participants.map((p) => [p.participantId, p.scaledPoints]).filter(([, s]) => s !== 0n).sort();
        expect(points(entries)).toEqual(points(without));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps incremental tallies equal to a recomputation, however the sealer cuts the batches', () => {
    fc.assert(
      fc.property(workload, fc.array(fc.integer({ min: 1, max: 10 }), { minLength: 1, maxLength: 20 }), (entries, cuts) => {
        // What the sealer does: each batch folded from nothing, then merged into what is stored.
        const stored = emptyTallies();
        let at = 0;
        for (const cut of cuts) {
          applyDelta(stored, batchDelta(entries.slice(at, at + cut)));
          at += cut;
        }
        applyDelta(stored, batchDelta(entries.slice(at)));
        expect(stored).toEqual(talliesFromEntries(entries));
      }),
      { numRuns: 500 },
    );
  });

  it('would catch a merge that let a default authorship replace an agreed one', () => {
    const idea = ideas[0];
    const agreed: UnsealedEntry = { challengeId: CHALLENGE, id: 'aaaaaaaa-0000-4000-8000-00000000000a', kind: ContributionKind.AUTHORSHIP, participantId: people[0], ideaId: idea, commentId: null, points: 0n, compensates: null, detail: { shares: [[people[0], 3000], [people[1], 7000]] }, occurredAt: new Date(0) };
    const credit: UnsealedEntry = { ...agreed, id: 'aaaaaaaa-0000-4000-8000-00000000000b', kind: ContributionKind.IDEA_BUILT_UPON, points: 4000n, detail: {} };
    const stored = applyDelta(emptyTallies(), batchDelta([agreed]));
    const naive = applyDelta(structuredClone(stored), { ...batchDelta([credit]), defaultsOnly: new Set() });
    expect(naive.authorship.get(idea)).not.toEqual(talliesFromEntries([agreed, credit]).authorship.get(idea));
    expect(applyDelta(stored, batchDelta([credit])).authorship.get(idea)).toEqual([[people[0], 3000], [people[1], 7000]]);
  });

  it('never gives the lineage more than the adopted idea’s credit, and loses nothing', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 1, max: 9_999 }),
        fc.array(fc.array(fc.uuid(), { minLength: 1, maxLength: 5 }), { maxLength: 10 }),
        (credit, decayBp, generations) => {
          const { kept, shares } = allocateLineage(credit, decayBp, generations);
          const given = shares.reduce((sum, s) => sum + s.points, 0n);
          expect(kept + given).toBe(credit);
          expect(given * 10_000n).toBeLessThanOrEqual(credit * BigInt(decayBp));
          expect(shares.every((s) => s.points > 0n)).toBe(true);
        },
      ),
    );
  });

  it('counts an ancestor once, at its nearest generation, in a diamond', () => {
    const parents: Record<string, string[]> = { d: ['b', 'c'], b: ['a'], c: ['a', 'x'], x: ['a'] };
    expect(ancestorsByGeneration('d', (id) => parents[id] ?? [], 5)).toEqual([['b', 'c'], ['a', 'x']]);
  });

  it('verifies an intact chain and names the first entry of any change to it', () => {
    fc.assert(
      fc.property(workload, fc.nat(), fc.constantFrom('alter', 'delete', 'swap'), (entries, pick, tamper) => {
        const chain = seal(entries);
        const tallies = talliesFromEntries(chain);
        const head = { seq: chain[chain.length - 1].seq, hash: chain[chain.length - 1].hash };
        expect(verifyLedger(CHALLENGE, chain, head, tallies).problem).toBeNull();
        if (chain.length < 3) return;
        const i = 1 + (pick % (chain.length - 2));
        const tampered = [...chain];
        if (tamper === 'alter') tampered[i] = { ...chain[i], points: chain[i].points + 1n };
        if (tamper === 'delete') tampered.splice(i, 1);
        if (tamper === 'swap') [tampered[i], tampered[i + 1]] = [{ ...chain[i + 1], seq: chain[i].seq }, { ...chain[i], seq: chain[i + 1].seq }];
        const report = verifyLedger(CHALLENGE, tampered, head, tallies);
        expect(report.problem?.seq).toBe(String(i + (tamper === 'delete' ? 2 : 1)));
      }),
      { numRuns: 200 },
    );
  });
});
