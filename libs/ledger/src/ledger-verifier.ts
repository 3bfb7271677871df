import { ContributionKind, WEIGHTED_KINDS, WeightedKind } from './contribution-kind';
import { LedgerEntry } from './ledger-entry';
import { GENESIS_HASH, canonicalJson, entryHash } from './ledger-hash.util';
import { OwnershipPolicy, policyDetail } from './ownership-policy';
import { OwnershipTallies, emptyTallies, foldEntries } from './ownership-tallies';

export interface VerifyProblem {
  /** The first entry found wrong (null when the problem is the head or the tallies). */
  seq: string | null;
  id: string | null;
  reason: string;
}

export interface VerifyReport {
  challengeId: string;
  entries: number;
  headSeq: string;
  headHash: string;
  problem: VerifyProblem | null;
}

const SIMPLE_KINDS: ReadonlySet<string> = new Set(WEIGHTED_KINDS.filter((kind) => kind !== ContributionKind.IDEA_ADOPTED));

/**
 * Re-verifies a challenge's chain from its entries alone, fed in `seq` order as stored
 * (streaming: a chain of millions of entries is read page by page): every `seq`
 * present once, every entry chaining to the one before, every hash matching its content, the
 * head matching the last entry, points as the chain's own POLICY entry says, compensations
 * cancelling an earlier entry exactly and once, adoptions sharing no more than their credit;
 * then that the incremental tallies equal a recomputation. Stops at the first problem and
 * names the entry.
 */
export class LedgerVerifier {
  private count = 0;
  private previous = GENESIS_HASH;
  private weights: Record<WeightedKind, number> | null = null;
  private policy: Record<string, unknown> | null = null;
  private policyId: string | null = null;
  /** What a compensation must cancel: kind, participant and points of each entry a compensation names. */
  private readonly cancellable = new Map<string, string>();
  private readonly compensated = new Set<string>();
  private readonly adoptions = new Map<string, bigint>();
  private readonly tallies = emptyTallies();
  private problem: VerifyProblem | null = null;

  /**
   * `referenced`: the ids that compensating entries name (few: withdrawn votes, deleted comments),
   * so that memory grows with compensations, not with the chain.
   */
  constructor(
    private readonly challengeId: string,
    private readonly referenced: ReadonlySet<string>,
  ) {}

  /** Checks the next entry; false once a problem was found (further entries are ignored). */
  push(entry: LedgerEntry): boolean {
    if (this.problem) return false;
    const reason = this.check(entry);
    if (reason) {
      this.problem = { seq: entry.seq.toString(), id: entry.id, reason };
      return false;
    }
    foldEntries(this.tallies, [entry]);
    return true;
  }

  /**
   * The verdict once every entry was pushed: the head must match the last entry, the stored
   * tallies a recomputation, and the stored policy (what statements name) the chain's POLICY entry.
   */
  finish(head: { seq: bigint; hash: string } | null, storedTallies: OwnershipTallies | null, storedPolicy: OwnershipPolicy | null = null): VerifyReport {
    const report = (problem: VerifyProblem | null): VerifyReport => ({
      challengeId: this.challengeId,
      entries: this.count,
      headSeq: (head?.seq ?? 0n).toString(),
      headHash: head?.hash ?? GENESIS_HASH,
      problem,
    });
    if (this.problem) return report(this.problem);
    if ((head?.seq ?? 0n) !== BigInt(this.count) || (head?.hash ?? GENESIS_HASH) !== this.previous) {
      return report({
        seq: null,
        id: null,
        reason: `the ledger head (${head?.seq ?? 0} ${head?.hash ?? GENESIS_HASH}) does not match the last entry (${this.count} ${this.previous})`,
      });
    }
    const difference = storedTallies && compareTallies(this.tallies, storedTallies);
    if (difference) return report({ seq: null, id: null, reason: `the incremental statement tallies differ from the ledger: ${difference}` });
    if (storedPolicy && this.policy && canonicalJson(policyDetail(storedPolicy)) !== canonicalJson(this.policy)) {
      return report({ seq: '1', id: this.policyId, reason: 'the stored ownership policy differs from the chain’s POLICY entry' });
    }
    return report(null);
  }

  private check(entry: LedgerEntry): string | null {
    const expected = BigInt(++this.count);
    if (entry.challengeId !== this.challengeId) return `belongs to challenge ${entry.challengeId}`;
    if (entry.seq !== expected) {
      return entry.seq > expected
        ? `seq gap: expected entry seq ${expected} here, the entry before it is missing`
        : `seq ${entry.seq} repeated or out of order`;
    }
    if (entry.prevHash !== this.previous) return 'does not chain to the entry before it (an entry was removed, inserted or reordered)';
    if (entryHash(this.previous, entry, entry.seq) !== entry.hash) return 'its hash does not match its content (the entry was altered)';
    this.previous = entry.hash;

    if (expected === 1n) {
      if (entry.kind !== ContributionKind.POLICY) return 'the first entry must be the POLICY';
      this.weights = entry.detail.weights as Record<WeightedKind, number>;
      this.policy = entry.detail;
      this.policyId = entry.id;
    } else if (entry.kind === ContributionKind.POLICY) {
      return 'a second POLICY entry: the policy is frozen';
    }
    const signature = `${entry.kind}|${entry.participantId}`;
    if (entry.compensates) {
      const original = this.cancellable.get(entry.compensates);
      if (original === undefined) return `compensates ${entry.compensates}, which is not an earlier entry of this chain`;
      if (this.compensated.has(entry.compensates)) return `compensates ${entry.compensates} a second time`;
      if (original !== `${signature}|${-entry.points}`) return `does not cancel ${entry.compensates} exactly`;
      this.compensated.add(entry.compensates);
      return null;
    }
    if (SIMPLE_KINDS.has(entry.kind)) {
      const weight = this.weights?.[entry.kind as WeightedKind];
      if (weight !== undefined && entry.points !== BigInt(weight)) return `has ${entry.points} milli-points where the policy gives ${entry.kind} ${weight}`;
      if (this.referenced.has(entry.id)) this.cancellable.set(entry.id, `${signature}|${entry.points}`);
    } else if (entry.kind === ContributionKind.IDEA_ADOPTED || entry.kind === ContributionKind.LINEAGE) {
      const adopted = entry.kind === ContributionKind.IDEA_ADOPTED ? entry.ideaId! : String(entry.detail.adoptedIdeaId);
      const sum = (this.adoptions.get(adopted) ?? 0n) + entry.points;
      if (entry.points < 0n || (this.weights && sum > BigInt(this.weights.IDEA_ADOPTED))) return `the adoption of ${adopted} shares more than its credit`;
      this.adoptions.set(adopted, sum);
      // An erased author's forfeited credit cancels adoption shares too (libs/erasure).
      if (this.referenced.has(entry.id)) this.cancellable.set(entry.id, `${signature}|${entry.points}`);
    } else if (entry.points !== 0n) {
      return `${entry.kind} entries carry no points`;
    } else if (entry.kind === ContributionKind.AUTHORSHIP) {
      const shares = entry.detail.shares as Array<[string, number]> | undefined;
      if (!Array.isArray(shares) || shares.some(([, bp]) => !Number.isInteger(bp) || bp < 0) || shares.reduce((sum, [, bp]) => sum + bp, 0) !== 10_000) {
        return 'its authorship shares do not sum to 10,000 basis points';
      }
    }
    return null;
  }
}

/** Verifies a whole chain held in memory (tests, small chains). */
export function verifyLedger(
  challengeId: string,
  entries: Iterable<LedgerEntry>,
  head: { seq: bigint; hash: string } | null,
  storedTallies: OwnershipTallies | null,
): VerifyReport {
  const list = [...entries];
  const verifier = new LedgerVerifier(challengeId, new Set(list.flatMap((entry) => (entry.compensates ? [entry.compensates] : []))));
  for (const entry of list) if (!verifier.push(entry)) break;
  return verifier.finish(head, storedTallies);
}

/** The first difference between two tallies, in words, or null. */
export function compareTallies(expected: OwnershipTallies, actual: OwnershipTallies): string | null {
  for (const [label, a, b] of [
    ['participant', expected.direct, actual.direct],
    ['idea', expected.ideas, actual.ideas],
    ['idea and participant', expected.participation, actual.participation],
  ] as const) {
    const keys = new Set([...a.keys(), ...b.keys()]);
    for (const key of [...keys].sort()) {
      const kinds = new Set([...(a.get(key)?.keys() ?? []), ...(b.get(key)?.keys() ?? [])]);
      for (const kind of kinds) {
        const x = a.get(key)?.get(kind) ?? { entries: 0, points: 0n };
        const y = b.get(key)?.get(kind) ?? { entries: 0, points: 0n };
        if (x.entries !== y.entries || x.points !== y.points) {
          return `${label} ${key}, ${kind}: ledger ${x.entries} entries / ${x.points} milli-points, tallies ${y.entries} / ${y.points}`;
        }
      }
    }
  }
  for (const idea of new Set([...expected.authorship.keys(), ...actual.authorship.keys()])) {
    if (JSON.stringify(expected.authorship.get(idea) ?? []) !== JSON.stringify(actual.authorship.get(idea) ?? [])) {
      return `idea ${idea}: authorship differs`;
    }
  }
  return null;
}
