import { ContributionKind, PARTICIPATION_KINDS } from './contribution-kind';
import { ParticipationCredit, participationCredit } from './farming.policy';
import { OwnershipTallies } from './ownership-tallies';
import { BASIS_POINTS } from './ownership-policy';

/** Points in a statement are milli-points × basis points, so splitting an idea among authors stays exact. */
export const STATEMENT_SCALE = 1000n * BigInt(BASIS_POINTS);

export interface ParticipantStatement {
  participantId: string;
  /** Exact points × STATEMENT_SCALE. */
  scaledPoints: bigint;
  byKind: Map<ContributionKind, { entries: number; scaledPoints: bigint }>;
  /** Share in basis points; all shares sum to exactly 10,000 (when anyone has points). */
  shareBp: number;
}

export interface StatementFigures {
  totalScaledPoints: bigint;
  participants: ParticipantStatement[];
}

/**
 * Splits `total` in proportion to `weights` with whole units that sum exactly to `total`
 * (largest remainder). Ties on the remainder go to the larger weight, then to the smaller key:
 * a deterministic order that needs nothing but the figures. All zero weights give all zeros.
 */
export function largestRemainder(weights: readonly bigint[], keys: readonly string[], total: bigint): bigint[] {
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum <= 0n || total <= 0n) return weights.map(() => 0n);
  const base = weights.map((w) => (total * w) / sum);
  let left = total - base.reduce((a, b) => a + b, 0n);
  const order = weights
    .map((w, i) => ({ i, w, rest: (total * w) % sum }))
    .sort((a, b) => (a.rest !== b.rest ? (a.rest > b.rest ? -1 : 1) : a.w !== b.w ? (a.w > b.w ? -1 : 1) : keys[a.i] < keys[b.i] ? -1 : 1));
  for (const { i } of order) {
    if (left === 0n) break;
    base[i] += 1n;
    left -= 1n;
  }
  return base;
}

function addKind(map: ParticipantStatement['byKind'], kind: ContributionKind, entries: number, scaled: bigint): void {
  const current = map.get(kind) ?? { entries: 0, scaledPoints: 0n };
  map.set(kind, { entries: current.entries + entries, scaledPoints: current.scaledPoints + scaled });
}

/**
 * Each participant's points (direct — participation by the farming rule, farming.policy.ts — plus
 * each idea's credit times their authorship share) and
 * their share in basis points (a pool's payouts: payoutsOf). Participants are listed by points,
 * then by id: the same tallies always give the same statement, bit for bit. `participation` is
 * the farming rule's result over `tallies.participation`, or the same computed by PostgreSQL over
 * the stored tallies (LedgerRepository.participationCredit).
 */
export function buildStatement(tallies: OwnershipTallies, participation: ParticipationCredit = participationCredit(tallies)): StatementFigures {
  const people = new Map<string, ParticipantStatement>();
  const person = (id: string) => {
    let p = people.get(id);
    if (!p) people.set(id, (p = { participantId: id, scaledPoints: 0n, byKind: new Map(), shareBp: 0 }));
    return p;
  };
  const scale = BigInt(BASIS_POINTS);
  for (const [participantId, kinds] of tallies.direct) {
    const p = person(participantId);
    for (const [kind, tally] of kinds) {
      let scaled = tally.points * scale;
      if (PARTICIPATION_KINDS.has(kind)) {
        // What was recorded on ideas is replaced by what the rule gives; anything else counts as recorded.
        const onIdeas = participation.recorded.get(participantId)?.get(kind) ?? 0n;
        scaled = (tally.points - onIdeas) * scale + (participation.credit.get(participantId)?.get(kind) ?? 0n);
      }
      p.scaledPoints += scaled;
      addKind(p.byKind, kind, tally.entries, scaled);
    }
  }
  for (const [ideaId, kinds] of tallies.ideas) {
    const authors = tallies.authorship.get(ideaId) ?? [];
    for (const [participantId, shareBp] of authors) {
      const p = person(participantId);
      const share = BigInt(shareBp);
      for (const [kind, tally] of kinds) {
        p.scaledPoints += tally.points * share;
        addKind(p.byKind, kind, tally.entries, tally.points * share);
      }
    }
  }
  const participants = [...people.values()].sort((a, b) =>
    a.scaledPoints !== b.scaledPoints ? (a.scaledPoints > b.scaledPoints ? -1 : 1) : a.participantId < b.participantId ? -1 : 1,
  );
  const figures = { totalScaledPoints: weightsOf(participants).reduce((a, b) => a + b, 0n), participants };
  payoutsOf(figures, BigInt(BASIS_POINTS)).forEach((share, i) => (participants[i].shareBp = Number(share)));
  return figures;
}

/** Participants' points as rounding weights (a negative total weighs nothing). */
function weightsOf(participants: readonly ParticipantStatement[]): bigint[] {
  return participants.map((p) => (p.scaledPoints > 0n ? p.scaledPoints : 0n));
}

/**
 * `total` split among a statement's participants, in their order, with the rounding of shares
 * (shares are the split of 10,000; a pool's payouts the split of the pool).
 */
export function payoutsOf(figures: StatementFigures, total: bigint): bigint[] {
  return largestRemainder(weightsOf(figures.participants), figures.participants.map((p) => p.participantId), total);
}
