import { ContributionKind, DIRECT_KINDS, IDEA_CREDIT_KINDS, PARTICIPATION_KINDS } from './contribution-kind';
import { LedgerEntry, UnsealedEntry } from './ledger-entry';
import { BASIS_POINTS } from './ownership-policy';

export interface KindTally {
  /** Entries of the kind, less the compensating ones. */
  entries: number;
  /** Milli-points. */
  points: bigint;
}

/**
 * Everything a statement needs, folded from the ledger: what each participant earned directly,
 * what each idea earned, and how each idea's credit is split among its authors. The sealer
 * keeps these in PostgreSQL incrementally (ownership_direct, ownership_idea, ownership_authorship);
 * `talliesFromEntries` recomputes them from the chain alone.
 */
export interface OwnershipTallies {
  direct: Map<string, Map<ContributionKind, KindTally>>;
  ideas: Map<string, Map<ContributionKind, KindTally>>;
  /** idea → [participant, basis points] sorted by participant; the shares sum to 10,000. */
  authorship: Map<string, Array<[string, number]>>;
  /** `${ideaId} ${participantId}` → participation kinds (PARTICIPATION_KINDS) on that idea: the farming rule's input. */
  participation: Map<string, Map<ContributionKind, KindTally>>;
}

/** The key of one participant's participation on one idea. */
export const participationKey = (ideaId: string, participantId: string): string => `${ideaId} ${participantId}`;

export function emptyTallies(): OwnershipTallies {
  return { direct: new Map(), ideas: new Map(), authorship: new Map(), participation: new Map() };
}

function add(map: Map<string, Map<ContributionKind, KindTally>>, key: string, kind: ContributionKind, entries: number, points: bigint): void {
  let kinds = map.get(key);
  if (!kinds) map.set(key, (kinds = new Map<ContributionKind, KindTally>()));
  // Each map owns its tally objects (never shared between two tallies): updated in place, as a
  // verification folds millions of entries.
  const tally = kinds.get(kind);
  if (tally) {
    tally.entries += entries;
    tally.points += points;
  } else {
    kinds.set(kind, { entries, points });
  }
}

/** The authorship an AUTHORSHIP entry sets: its detail.shares, [participant, basis points]. */
export function authorshipOf(entry: Pick<UnsealedEntry, 'detail'>): Array<[string, number]> {
  const shares = entry.detail.shares as Array<[string, number]>;
  return [...shares].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/**
 * Folds entries, in chain order, into `tallies` (mutated and returned). An idea's authorship
 * starts as its first idea-credit entry's participant alone (the proposer), and an AUTHORSHIP
 * entry replaces it.
 */
export function foldEntries(tallies: OwnershipTallies, entries: Iterable<UnsealedEntry | LedgerEntry>): OwnershipTallies {
  for (const entry of entries) {
    const count = entry.compensates ? -1 : 1;
    if (entry.kind === ContributionKind.AUTHORSHIP && entry.ideaId) {
      tallies.authorship.set(entry.ideaId, authorshipOf(entry));
    } else if (IDEA_CREDIT_KINDS.has(entry.kind) && entry.ideaId) {
      add(tallies.ideas, entry.ideaId, entry.kind, count, entry.points);
      if (!tallies.authorship.has(entry.ideaId)) tallies.authorship.set(entry.ideaId, [[entry.participantId, BASIS_POINTS]]);
    } else if (DIRECT_KINDS.has(entry.kind)) {
      add(tallies.direct, entry.participantId, entry.kind, count, entry.points);
      if (PARTICIPATION_KINDS.has(entry.kind) && entry.ideaId) add(tallies.participation, participationKey(entry.ideaId, entry.participantId), entry.kind, count, entry.points);
    }
  }
  return tallies;
}

export function talliesFromEntries(entries: Iterable<UnsealedEntry | LedgerEntry>): OwnershipTallies {
  return foldEntries(emptyTallies(), entries);
}

/** What one sealed batch adds to the stored tallies, and which of its authorships are only defaults. */
export interface BatchDelta {
  delta: OwnershipTallies;
  /** Ideas whose authorship in `delta` is the proposer by default: it never replaces a stored one. */
  defaultsOnly: Set<string>;
}

/** The sealer's view of a batch: its own tallies, folded from nothing. */
export function batchDelta(entries: Iterable<UnsealedEntry | LedgerEntry>): BatchDelta {
  const list = [...entries];
  const delta = foldEntries(emptyTallies(), list);
  const explicit = new Set(list.filter((e) => e.kind === ContributionKind.AUTHORSHIP && e.ideaId).map((e) => e.ideaId!));
  return { delta, defaultsOnly: new Set([...delta.authorship.keys()].filter((id) => !explicit.has(id))) };
}

/**
 * Adds a batch to stored tallies (mutated and returned), by the rules LedgerRepository.addTallies
 * applies in SQL: counts and points add up; an AUTHORSHIP replaces the idea's split; a default
 * (the proposer) is set only where none is stored.
 */
export function applyDelta(stored: OwnershipTallies, { delta, defaultsOnly }: BatchDelta): OwnershipTallies {
  for (const [target, source] of [[stored.direct, delta.direct], [stored.ideas, delta.ideas], [stored.participation, delta.participation]] as const) {
    for (const [key, kinds] of source) for (const [kind, tally] of kinds) add(target, key, kind, tally.entries, tally.points);
  }
  for (const [ideaId, shares] of delta.authorship) {
    if (defaultsOnly.has(ideaId) && stored.authorship.has(ideaId)) continue;
    stored.authorship.set(ideaId, shares);
  }
  return stored;
}
