import { ContributionKind } from './contribution-kind';

/** One ledger entry, as stored in `contribution` and as hashed. Points are milli-points. */
export interface LedgerEntry {
  challengeId: string;
  seq: bigint;
  id: string;
  kind: ContributionKind;
  participantId: string;
  ideaId: string | null;
  commentId: string | null;
  points: bigint;
  /** The entry this one cancels (same kind, opposite points), or null. */
  compensates: string | null;
  detail: Record<string, unknown>;
  occurredAt: Date;
  prevHash: string;
  hash: string;
}

/** An entry before it is sealed into the chain (no `seq` or hash yet). */
export type UnsealedEntry = Omit<LedgerEntry, 'seq' | 'prevHash' | 'hash'>;
