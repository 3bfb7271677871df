import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { ModerationActionKind, ModerationTargetType } from './moderation.enums';

export interface ActionRow {
  id: string;
  position: string;
  organizationId: string;
  challengeId: string | null;
  actorId: string | null;
  action: ModerationActionKind;
  targetType: ModerationTargetType;
  targetId: string;
  reason: string;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
  undoes: string | null;
  createdAt: Date;
}

const COLUMNS = `a.id, a.position::text AS position, a.organization_id AS "organizationId", a.challenge_id AS "challengeId",
  a.actor_id AS "actorId", a.action, a.target_type AS "targetType", a.target_id AS "targetId", a.reason, a.before, a.after,
  a.undoes, a.created_at AS "createdAt"`;

export type ActionInput = Omit<ActionRow, 'id' | 'position' | 'createdAt' | 'undoes'> & { undoes?: string | null };

/** The append-only moderation log (a trigger refuses updates and deletes). */
@Injectable()
export class ModerationLogRepository {
  constructor(private readonly db: Db) {}

  /** Several entries in one statement; returned in the order given (their positions follow it). */
  async appendMany(entries: readonly ActionInput[]): Promise<ActionRow[]> {
    if (!entries.length) return [];
    return this.db.query<ActionRow>(
      `WITH input AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::jsonb[], $9::jsonb[], $10::uuid[])
           WITH ORDINALITY AS t(organization_id, challenge_id, actor_id, action, target_type, target_id, reason, before, after, undoes, ord)
       ), written AS (
         INSERT INTO moderation_action AS a (organization_id, challenge_id, actor_id, action, target_type, target_id, reason, before, after, undoes)
         SELECT organization_id, challenge_id, actor_id, action, target_type, target_id, reason, before, after, undoes FROM input ORDER BY ord
         RETURNING *
       )
       SELECT ${COLUMNS} FROM written a ORDER BY a.position`,
      [
        entries.map((e) => e.organizationId),
        entries.map((e) => e.challengeId),
        entries.map((e) => e.actorId),
        entries.map((e) => e.action),
        entries.map((e) => e.targetType),
        entries.map((e) => e.targetId),
        entries.map((e) => e.reason),
        entries.map((e) => JSON.stringify(e.before)),
        entries.map((e) => JSON.stringify(e.after)),
        entries.map((e) => e.undoes ?? null),
      ],
    );
  }

  find(id: string): Promise<ActionRow | null> {
    return this.db.one(`SELECT ${COLUMNS} FROM moderation_action a WHERE a.id = $1`, [id]);
  }

  /** Whether an action was undone already (by the unique `undoes` link). */
  async undone(id: string): Promise<boolean> {
    return (await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM moderation_action WHERE undoes = $1`, [id]))!.n > 0;
  }

  /** The latest MERGE of ideas into `ideaId` still in force (not undone), to refuse undoing an earlier one out of order. */
  latestMergeInto(ideaId: string): Promise<ActionRow | null> {
    return this.db.one(
      `SELECT ${COLUMNS} FROM moderation_action a
        WHERE a.action = 'MERGE' AND a.target_id = $1 AND NOT EXISTS (SELECT 1 FROM moderation_action u WHERE u.undoes = a.id)
        ORDER BY a.position DESC LIMIT 1`,
      [ideaId],
    );
  }

  /** The latest action on a target that cancelled ledger credit (what a restore credits again). */
  latestCancelling(targetId: string): Promise<ActionRow | null> {
    return this.db.one(
      `SELECT ${COLUMNS} FROM moderation_action a WHERE a.target_id = $1 AND a.after ? 'cancelled' ORDER BY a.position DESC LIMIT 1`,
      [targetId],
    );
  }

  /**
   * The SUSPEND entry that opened a suspension (what it hid), through the target index: a
   * participant's own entries (suspensions, reinstatements, dismissals), however long the log.
   */
  suspensionEntry(organizationId: string, userId: string, suspensionId: string): Promise<ActionRow | null> {
    return this.db.one(
      `SELECT ${COLUMNS} FROM moderation_action a
        WHERE a.target_id = $2 AND a.organization_id = $1 AND a.action = 'SUSPEND' AND a.after ->> 'suspensionId' = $3::text
        ORDER BY a.position DESC LIMIT 1`,
      [organizationId, userId, suspensionId],
    );
  }

  /**
   * The organisation's log, newest first, after a position; optionally about one target, of one
   * action, or with a reason containing `search` (moderation_action_reason_trgm_idx).
   */
  page(q: {
    organizationId: string;
    targetId: string | null;
    search: string | null;
    action: ModerationActionKind | null;
    afterPosition: string | null;
    limit: number;
  }): Promise<ActionRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM moderation_action a
        WHERE a.organization_id = $1 AND ($2::uuid IS NULL OR a.target_id = $2 OR a.after ->> 'mergedIdeaId' = $2::text)
          AND ($3::bigint IS NULL OR a.position < $3::bigint)
          AND ($5::text IS NULL OR lower(pollen_unaccent(a.reason)) LIKE '%' || replace(replace(replace(lower(pollen_unaccent($5)), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')
          AND ($6::text IS NULL OR a.action = $6)
        ORDER BY a.position DESC LIMIT $4`,
      [q.organizationId, q.targetId, q.afterPosition, q.limit, q.search, q.action],
    );
  }
}
