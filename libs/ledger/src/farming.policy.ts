import { ContributionKind } from './contribution-kind';
import { BASIS_POINTS } from './ownership-policy';
import { KindTally, OwnershipTallies } from './ownership-tallies';

/**
 * Everyone's participation on one idea (comments, helpful marks, votes) earns at most this share
 * of the idea's own credit (what its authors get from it), in basis points: participation can
 * never outweigh the ideas participated on, however many accounts take part.
 */
export const PARTICIPATION_CAP_BP = 5_000;

/** The credit of `count` contributions of one kind by one person on one idea: w, w/2, w/4 … (each floored), so always under 2w. */
export function diminished(count: number, weight: bigint): bigint {
  let total = 0n;
  let next = weight;
  for (let i = 0; i < count && next > 0n; i++) {
    total += next;
    next /= 2n;
  }
  return total;
}

const weightOf = (tally: KindTally | undefined): bigint => (tally && tally.entries > 0 ? tally.points / BigInt(tally.entries) : 0n);
const countOf = (tally: KindTally | undefined): number => Math.max(tally?.entries ?? 0, 0);

/**
 * The farming rule, from the tallies alone (so from the ledger alone), per participant and kind,
 * in statement units (milli-points × BASIS_POINTS):
 * 1. contributions of one kind by one person on one idea diminish: the n-th earns 2^-(n-1) of the
 *    weight (a vote is one per person and idea; cancelled contributions are not counted);
 * 2. a comment earns only as one of the commenter's comments on that idea marked helpful (by the
 *    idea's author or the brand team): "+1" comments earn nothing, however many;
 * 3. all participation on an idea earns at most PARTICIPATION_CAP_BP of the idea's credit; above
 *    it, each participant's credit on the idea is scaled down in proportion (floored).
 */
export interface ParticipationCredit {
  /** participant → kind → credit after the rule, in statement units. */
  credit: Map<string, Map<ContributionKind, bigint>>;
  /** participant → kind → milli-points as recorded on ideas (what the rule replaces in their direct tallies). */
  recorded: Map<string, Map<ContributionKind, bigint>>;
}

export function participationCredit(tallies: OwnershipTallies): ParticipationCredit {
  const recorded = new Map<string, Map<ContributionKind, bigint>>();
  const byIdea = new Map<string, Array<{ participantId: string; kinds: Map<ContributionKind, bigint> }>>();
  for (const [key, kinds] of tallies.participation) {
    const [ideaId, participantId] = key.split(' ');
    const mine = recorded.get(participantId) ?? new Map<ContributionKind, bigint>();
    for (const [kind, tally] of kinds) mine.set(kind, (mine.get(kind) ?? 0n) + tally.points);
    recorded.set(participantId, mine);
    const comments = kinds.get(ContributionKind.COMMENT);
    const helpful = kinds.get(ContributionKind.COMMENT_HELPFUL);
    const votes = kinds.get(ContributionKind.VOTE_CAST);
    const raw = new Map<ContributionKind, bigint>([
      [ContributionKind.COMMENT, diminished(Math.min(countOf(comments), countOf(helpful)), weightOf(comments))],
      [ContributionKind.COMMENT_HELPFUL, diminished(countOf(helpful), weightOf(helpful))],
      [ContributionKind.VOTE_CAST, diminished(countOf(votes), weightOf(votes))],
    ]);
    const list = byIdea.get(ideaId) ?? [];
    list.push({ participantId, kinds: raw });
    byIdea.set(ideaId, list);
  }
  const credit = new Map<string, Map<ContributionKind, bigint>>();
  const scale = BigInt(BASIS_POINTS);
  for (const [ideaId, participants] of byIdea) {
    let ideaCredit = 0n;
    for (const tally of tallies.ideas.get(ideaId)?.values() ?? []) ideaCredit += tally.points;
    const cap = ideaCredit > 0n ? ideaCredit * BigInt(PARTICIPATION_CAP_BP) : 0n; // statement units
    let total = 0n;
    for (const { kinds } of participants) for (const points of kinds.values()) total += points;
    for (const { participantId, kinds } of participants) {
      const mine = credit.get(participantId) ?? new Map<ContributionKind, bigint>();
      for (const [kind, points] of kinds) {
        const scaled = total * scale <= cap ? points * scale : (points * cap) / total;
        mine.set(kind, (mine.get(kind) ?? 0n) + scaled);
      }
      credit.set(participantId, mine);
    }
  }
  return { credit, recorded };
}
