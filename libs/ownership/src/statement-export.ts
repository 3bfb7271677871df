import { Field, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ContributionKind, canonicalJson } from '@pollen/ledger';
import { STATEMENT_EXPORT_COST, Weighs } from '@pollen/kernel';
import { Statement } from './ownership.service';
import { LedgerHeadModel } from './ownership.model';
import { pointsOf } from './ownership.presenter';

export enum ExportFormat {
  CSV = 'CSV',
  JSON = 'JSON',
}
registerEnumType(ExportFormat, { name: 'ExportFormat' });

@ObjectType('StatementExport', { description: 'A whole ownership statement as a file, with the ledger head it was computed from' })
export class StatementExportModel {
  @Field(() => ExportFormat)
  format: ExportFormat;

  @Field()
  filename: string;

  @Field()
  contentType: string;

  @Field(() => LedgerHeadModel)
  ledgerHead: LedgerHeadModel;

  @Field({ description: 'The file’s text' })
  @Weighs(STATEMENT_EXPORT_COST)
  content: string;
}

const KINDS = Object.values(ContributionKind).filter((kind) => !['POLICY', 'AUTHORSHIP'].includes(kind));

function csvField(value: string): string {
  // A name that starts like a formula is shown as text by spreadsheets, not evaluated.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/**
 * The statement as CSV (one row per participant; every row carries the challenge, the ledger
 * head, the licence and the pool so a row stands alone in a spreadsheet) or as JSON (exact
 * integer figures as strings, the policy as recorded in the ledger).
 */
/** How a party is shown to the export's reader (the consent rule): the participant's id and name as shown, or a pseudonym's label. */
export interface ShownParty {
  participantId: string | null;
  displayName: string;
}

export function exportStatement(statement: Statement, shown: Map<string, ShownParty>, format: ExportFormat): StatementExportModel {
  const head = { seq: statement.headSeq.toString(), hash: statement.headHash };
  const base = `ownership-${statement.challengeId}-${head.seq}`;
  if (format === ExportFormat.JSON) {
    const content = canonicalJson({
      challengeId: statement.challengeId,
      ledgerHead: head,
      licence: statement.policy.licence,
      policy: { weights: statement.policy.weights, lineageDecayBp: statement.policy.lineageDecayBp, lineageGenerations: statement.policy.lineageGenerations },
      pool: statement.pool?.toString() ?? null,
      pointsUnit: 'points × 10^7 (milli-points × basis points), exact',
      totalPoints: statement.totalScaledPoints.toString(),
      participants: statement.participants.map((p, rank) => ({
        rank: rank + 1,
        party: p.participantId,
        participantId: shown.get(p.participantId)?.participantId ?? null,
        displayName: shown.get(p.participantId)?.displayName ?? null,
        points: p.scaledPoints.toString(),
        shareBasisPoints: p.shareBp,
        payout: statement.payouts?.[rank]?.toString() ?? null,
        contributions: Object.fromEntries([...p.byKind].map(([kind, t]) => [kind, { count: t.entries, points: t.scaledPoints.toString() }])),
      })),
    });
    return { format, filename: `${base}.json`, contentType: 'application/json', ledgerHead: head, content };
  }
  const header = ['challenge_id', 'ledger_seq', 'ledger_hash', 'licence', 'pool', 'rank', 'party', 'participant_id', 'display_name', 'points', 'share_bp', 'payout', ...KINDS.map((k) => `${k.toLowerCase()}_count`)];
  const lines = [header.join(',')];
  statement.participants.forEach((p, rank) => {
    lines.push(
      [
        statement.challengeId,
        head.seq,
        head.hash,
        statement.policy.licence,
        statement.pool?.toString() ?? '',
        String(rank + 1),
        p.participantId,
        shown.get(p.participantId)?.participantId ?? '',
        csvField(shown.get(p.participantId)?.displayName ?? ''),
        String(pointsOf(p.scaledPoints)),
        String(p.shareBp),
        statement.payouts?.[rank]?.toString() ?? '',
        ...KINDS.map((kind) => String(p.byKind.get(kind)?.entries ?? 0)),
      ].join(','),
    );
  });
  return { format, filename: `${base}.csv`, contentType: 'text/csv', ledgerHead: head, content: `${lines.join('\n')}\n` };
}
