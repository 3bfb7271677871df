import { UserEntity } from '@pollen/identity';
import { LedgerEntry, MILLI, OwnershipPolicyModel, ParticipantStatement, STATEMENT_SCALE, VerifyReport, canonicalJson, publicTime } from '@pollen/ledger';
import { Page } from '@pollen/kernel';
import { LedgerEntryModel, LedgerVerificationModel, OwnershipShareModel, OwnershipStatementModel } from './ownership.model';
import { Statement } from './ownership.service';

/** Exact scaled points as a float for display (the exact figures are in the export). */
export function pointsOf(scaled: bigint): number {
  return Number(scaled) / Number(STATEMENT_SCALE);
}

export function shareModel(p: ParticipantStatement, payout: bigint | null, participant: UserEntity | null): OwnershipShareModel {
  return {
    party: p.participantId,
    participant,
    points: pointsOf(p.scaledPoints),
    shareBasisPoints: p.shareBp,
    payout: payout === null ? null : payout.toString(),
    contributions: [...p.byKind].map(([kind, tally]) => ({ kind, count: tally.entries, points: pointsOf(tally.scaledPoints) })).sort((a, b) => (a.kind < b.kind ? -1 : 1)),
  };
}

export function statementModel(statement: Statement, page: Page<{ rank: number; share: ParticipantStatement }>, users: Map<string, UserEntity>): OwnershipStatementModel {
  return {
    challengeId: statement.challengeId,
    ledgerHead: { seq: statement.headSeq.toString(), hash: statement.headHash },
    policy: OwnershipPolicyModel.from(statement.policy),
    licence: statement.policy.licence,
    pool: statement.pool === null ? null : statement.pool.toString(),
    totalPoints: pointsOf(statement.totalScaledPoints),
    participantCount: statement.participants.length,
    pageInfo: page.pageInfo,
    edges: page.edges.map(({ cursor, node }) => ({
      cursor,
      node: shareModel(node.share, statement.payouts?.[node.rank] ?? null, users.get(node.share.participantId) ?? null),
    })),
  };
}

export function entryModel(entry: LedgerEntry): Omit<LedgerEntryModel, 'participant'> & { participantId: string; challengeId: string } {
  return {
    challengeId: entry.challengeId,
    seq: entry.hash ? entry.seq.toString() : null,
    id: entry.id,
    kind: entry.kind,
    party: entry.participantId,
    participantId: entry.participantId,
    ideaId: entry.ideaId,
    commentId: entry.commentId,
    points: Number(entry.points) / MILLI,
    compensates: entry.compensates,
    detail: canonicalJson(entry.detail),
    occurredAt: publicTime(entry),
    prevHash: entry.prevHash ?? null,
    hash: entry.hash ?? null,
  };
}

export function verificationModel(report: VerifyReport): LedgerVerificationModel {
  return { ok: report.problem === null, entries: report.entries, ledgerHead: { seq: report.headSeq, hash: report.headHash }, problem: report.problem };
}
