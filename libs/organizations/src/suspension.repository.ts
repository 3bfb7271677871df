import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

/** A participant's suspension from one organisation's challenges: they read, they do not write. */
export interface SuspensionRow {
  id: string;
  organizationId: string;
  userId: string;
  reason: string;
  /** null: for good. */
  until: Date | null;
  createdAt: Date;
}

/**
 * The one definition of "suspended now", as a JSON value ({reason, until} or null), so that a
 * query reading other things (castVote's first read) carries it without a round trip of its own.
 */
export function activeSuspensionJson(organizationIdSql: string, userIdSql: string): string {
  return `(SELECT json_build_object('reason', s.reason, 'until', s.until) FROM organization_suspension s
            WHERE s.organization_id = ${organizationIdSql} AND s.user_id = ${userIdSql}
              AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > now()))`;
}

const COLUMNS = `id, organization_id AS "organizationId", user_id AS "userId", reason, until, created_at AS "createdAt"`;

/**
 * Suspensions live beside organisations (who belongs to a brand's team, who is kept out of its
 * challenges); libs/moderation decides them, every participation write checks them
 * (ChallengesService.requireActionOn).
 */
@Injectable()
export class SuspensionRepository {
  constructor(private readonly db: Db) {}

  async active(organizationId: string, userId: string): Promise<{ reason: string; until: Date | null } | null> {
    const row = await this.db.one<{ s: { reason: string; until: string | null } | null }>(`SELECT ${activeSuspensionJson('$1::uuid', '$2::uuid')} AS s`, [organizationId, userId]);
    return row?.s ? { reason: row.s.reason, until: row.s.until ? new Date(row.s.until) : null } : null;
  }

  /** The open suspension row (lifted_at null), expired or not, locked: one per person and organisation. */
  open(organizationId: string, userId: string): Promise<SuspensionRow | null> {
    return this.db.one(`SELECT ${COLUMNS} FROM organization_suspension WHERE organization_id = $1 AND user_id = $2 AND lifted_at IS NULL FOR UPDATE`, [
      organizationId,
      userId,
    ]);
  }

  insert(values: { organizationId: string; userId: string; reason: string; until: Date | null; createdBy: string }): Promise<SuspensionRow | null> {
    return this.db.one(
      `INSERT INTO organization_suspension (organization_id, user_id, reason, until, created_by) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [values.organizationId, values.userId, values.reason, values.until, values.createdBy],
    );
  }

  async lift(id: string, by: string): Promise<void> {
    await this.db.query(`UPDATE organization_suspension SET lifted_at = now(), lifted_by = $2 WHERE id = $1 AND lifted_at IS NULL`, [id, by]);
  }

  /** Active suspensions of many people in one organisation (the queue's USER items). */
  activeMany(organizationId: string, userIds: readonly string[]): Promise<SuspensionRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM organization_suspension
        WHERE organization_id = $1 AND user_id = ANY($2::uuid[]) AND lifted_at IS NULL AND (until IS NULL OR until > now())`,
      [organizationId, userIds],
    );
  }
}
