import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { ModerationItemState, ModerationTargetType, ReportReason } from './moderation.enums';

export interface ItemRow {
  id: string;
  organizationId: string;
  challengeId: string | null;
  targetType: ModerationTargetType;
  targetId: string;
  authorId: string | null;
  state: ModerationItemState;
  reporterCount: number;
  standingReporters: number;
  reasons: Record<string, number>;
  rule: string | null;
  createdAt: Date;
  updatedAt: Date;
  updatedKey: string;
}

export interface QueueFilter {
  states: ModerationItemState[];
  challengeId: string | null;
  targetType: ModerationTargetType | null;
}

const COLUMNS = `m.id, m.organization_id AS "organizationId", m.challenge_id AS "challengeId", m.target_type AS "targetType",
  m.target_id AS "targetId", m.author_id AS "authorId", m.state, m.reporter_count AS "reporterCount",
  m.standing_reporters AS "standingReporters", m.reasons, m.rule, m.created_at AS "createdAt", m.updated_at AS "updatedAt",
  m.updated_at::text AS "updatedKey"`;

/** The queue's items (one per target and organisation) and the reports behind them. */
@Injectable()
export class ModerationItemsRepository {
  constructor(private readonly db: Db) {}

  /** The target's item, created in `state` when there is none; locked for the rest of the transaction. */
  async upsert(values: {
    organizationId: string;
    challengeId: string | null;
    targetType: ModerationTargetType;
    targetId: string;
    authorId: string | null;
    state: ModerationItemState;
  }): Promise<ItemRow> {
    // DO UPDATE (of nothing) rather than DO NOTHING: the row comes back, and locked, either way.
    const row = await this.db.one<ItemRow>(
      `INSERT INTO moderation_item AS m (organization_id, challenge_id, target_type, target_id, author_id, state)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organization_id, target_type, target_id) DO UPDATE SET organization_id = EXCLUDED.organization_id
       RETURNING ${COLUMNS}`,
      [values.organizationId, values.challengeId, values.targetType, values.targetId, values.authorId, values.state],
    );
    return row!;
  }

  /**
   * Each target's item put in `state` (created in it when there is none), in one statement: what
   * `upsert` then `setState` do for one, for a batch (Pollen's own flags).
   */
  async putInState(
    rows: ReadonlyArray<{ organizationId: string; challengeId: string | null; targetType: ModerationTargetType; targetId: string; authorId: string | null }>,
    state: ModerationItemState,
  ): Promise<void> {
    if (!rows.length) return;
    await this.db.query(
      `INSERT INTO moderation_item AS m (organization_id, challenge_id, target_type, target_id, author_id, state)
       SELECT t.organization_id, t.challenge_id, t.target_type, t.target_id, t.author_id, $6
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::uuid[], $5::uuid[]) AS t(organization_id, challenge_id, target_type, target_id, author_id)
       ON CONFLICT (organization_id, target_type, target_id) DO UPDATE SET state = EXCLUDED.state, updated_at = now()`,
      [rows.map((r) => r.organizationId), rows.map((r) => r.challengeId), rows.map((r) => r.targetType), rows.map((r) => r.targetId), rows.map((r) => r.authorId), state],
    );
  }

  /** The items of these targets that exist (one statement), locked with `lock`. */
  findMany(targets: ReadonlyArray<{ organizationId: string; targetType: ModerationTargetType; targetId: string }>, lock = false): Promise<ItemRow[]> {
    if (!targets.length) return Promise.resolve([]);
    return this.db.query(
      `SELECT ${COLUMNS} FROM moderation_item m
         JOIN unnest($1::uuid[], $2::text[], $3::uuid[]) AS t(organization_id, target_type, target_id)
           ON m.organization_id = t.organization_id AND m.target_type = t.target_type AND m.target_id = t.target_id
       ${lock ? 'FOR UPDATE OF m' : ''}`,
      [targets.map((t) => t.organizationId), targets.map((t) => t.targetType), targets.map((t) => t.targetId)],
    );
  }

  find(organizationId: string, targetType: ModerationTargetType, targetId: string, lock = false): Promise<ItemRow | null> {
    return this.db.one(
      `SELECT ${COLUMNS} FROM moderation_item m WHERE m.organization_id = $1 AND m.target_type = $2 AND m.target_id = $3 ${lock ? 'FOR UPDATE' : ''}`,
      [organizationId, targetType, targetId],
    );
  }

  /** Items Pollen flagged for their tone that no longer are strongly negative leave the queue (nothing else changes). */
  async unflag(targets: ReadonlyArray<{ kind: string; id: string }>): Promise<void> {
    if (!targets.length) return;
    await this.db.query(
      `UPDATE moderation_item m SET state = 'RESOLVED', updated_at = now()
         FROM unnest($1::text[], $2::uuid[]) AS t(kind, id)
        WHERE m.target_id = t.id AND m.target_type = t.kind AND m.state = 'FLAGGED'`,
      [targets.map((t) => t.kind), targets.map((t) => t.id)],
    );
  }

  async setState(id: string, state: ModerationItemState, rule?: string | null): Promise<void> {
    await this.db.query(`UPDATE moderation_item SET state = $2, rule = CASE WHEN $3 THEN $4 ELSE rule END, updated_at = now() WHERE id = $1`, [
      id,
      state,
      rule !== undefined,
      rule ?? null,
    ]);
  }

  /** A report, once per reporter and item; false when they had reported it already (nothing changes). */
  async addReport(values: {
    itemId: string;
    reporterId: string;
    reason: ReportReason;
    originalIdeaId: string | null;
    details: string | null;
    inStanding: boolean;
  }): Promise<boolean> {
    const rows = await this.db.query(
      `WITH report AS (
         INSERT INTO moderation_report (item_id, reporter_id, reason, original_idea_id, details, in_standing)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (item_id, reporter_id) DO NOTHING RETURNING item_id
       )
       UPDATE moderation_item m
          SET reporter_count = reporter_count + 1,
              standing_reporters = standing_reporters + CASE WHEN $6 THEN 1 ELSE 0 END,
              reasons = jsonb_set(reasons, ARRAY[$3::text], to_jsonb(COALESCE((reasons ->> $3)::int, 0) + 1)),
              state = CASE WHEN m.state = 'RESOLVED' THEN 'REPORTED' ELSE m.state END,
              updated_at = now()
         FROM report WHERE m.id = report.item_id
       RETURNING m.id`,
      [values.itemId, values.reporterId, values.reason, values.originalIdeaId, values.details, values.inStanding],
    );
    return rows.length === 1;
  }

  /** Closes an item's open reports (dismissed, or upheld by an action); the counts start again from zero. */
  async closeReports(itemId: string, outcome: 'DISMISSED' | 'UPHELD'): Promise<number> {
    const rows = await this.db.query(`UPDATE moderation_report SET state = $2 WHERE item_id = $1 AND state = 'OPEN' RETURNING id`, [itemId, outcome]);
    await this.db.query(`UPDATE moderation_item SET reporter_count = 0, standing_reporters = 0, reasons = '{}' WHERE id = $1`, [itemId]);
    return rows.length;
  }

  /**
   * One page of an organisation's queue, most recently changed first, after an (updated_at, id)
   * keyset. The states are written into the query (they are enum values, checked by the
   * caller) so that the planner matches the default queue to its partial index and one state to
   * the state index: both read a page in order without sorting the queue.
   */
  page(organizationId: string, filter: QueueFilter, after: [string, string] | null, limit: number): Promise<ItemRow[]> {
    const states = filter.states.map((state) => `'${state.replace(/[^A-Z_]/g, '')}'`).join(', ');
    return this.db.query(
      `SELECT ${COLUMNS} FROM moderation_item m
        WHERE m.organization_id = $1 AND m.state IN (${states})
          AND ($2::uuid IS NULL OR m.challenge_id = $2) AND ($3::text IS NULL OR m.target_type = $3)
          AND ($4::timestamptz IS NULL OR (m.updated_at, m.id) < ($4::timestamptz, $5::uuid))
        ORDER BY m.updated_at DESC, m.id DESC LIMIT $6`,
      [organizationId, filter.challengeId, filter.targetType, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** Items per state, from the counts a trigger keeps (moderation_item_count): a few rows, whatever the wave. */
  counts(organizationId: string, challengeId: string | null): Promise<Array<{ state: ModerationItemState; count: number }>> {
    return this.db.query(
      `SELECT state, sum(n)::int AS count FROM moderation_item_count
        WHERE organization_id = $1 AND ($2::uuid IS NULL OR challenge_key = $2) GROUP BY state`,
      [organizationId, challengeId],
    );
  }

  /** Open reports of items, for the queue's `reports` field (bounded per item). */
  reports(itemIds: readonly string[], perItem: number): Promise<Array<{ itemId: string; reporterId: string; reason: ReportReason; details: string | null; originalIdeaId: string | null; inStanding: boolean; createdAt: Date }>> {
    return this.db.query(
      `SELECT r.item_id AS "itemId", r.reporter_id AS "reporterId", r.reason, r.details, r.original_idea_id AS "originalIdeaId",
              r.in_standing AS "inStanding", r.created_at AS "createdAt"
         FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT * FROM moderation_report WHERE item_id = t.id AND state = 'OPEN' ORDER BY created_at DESC LIMIT $2
         ) r`,
      [itemIds, perItem],
    );
  }
}
