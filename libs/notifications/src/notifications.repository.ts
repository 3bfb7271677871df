import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { NotificationKind } from './notification-kind';

export interface NotificationRow {
  id: string;
  recipientId: string;
  kind: NotificationKind;
  challengeId: string | null;
  ideaId: string | null;
  commentId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  createdAt: Date;
  readAt: Date | null;
  /** created_at as PostgreSQL prints it, for keyset cursors. */
  createdKey: string;
}

export interface NewNotification {
  recipientId: string;
  kind: NotificationKind;
  eventId: string;
  challengeId: string | null;
  ideaId: string | null;
  commentId: string | null;
  actorId: string | null;
  data: Record<string, unknown>;
  /** When it happened: the source event's time (one batch holds events of different times). */
  createdAt: string;
}

const COLUMNS = `n.id, n.recipient_id AS "recipientId", n.kind, n.challenge_id AS "challengeId", n.idea_id AS "ideaId",
  n.comment_id AS "commentId", n.actor_id AS "actorId", n.data, n.created_at AS "createdAt", n.read_at AS "readAt",
  n.created_at::text AS "createdKey"`;

@Injectable()
export class NotificationsRepository {
  constructor(private readonly db: Db) {}

  /** Writes what is new; a notification already written for its event, recipient and kind is left as it is. */
  insertMany(rows: NewNotification[]): Promise<NotificationRow[]> {
    if (rows.length === 0) return Promise.resolve([]);
    return this.db.query(
      `INSERT INTO notification AS n (recipient_id, kind, event_id, challenge_id, idea_id, comment_id, actor_id, data, created_at)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(
         "recipientId" uuid, kind text, "eventId" uuid, "challengeId" uuid, "ideaId" uuid, "commentId" uuid, "actorId" uuid, data jsonb, "createdAt" timestamptz)
       -- A kind its recipient turned off is not stored (nor, therefore, pushed).
       WHERE NOT EXISTS (SELECT 1 FROM notification_preference p WHERE p.user_id = r."recipientId" AND p.kind = r.kind AND NOT p.enabled)
       ON CONFLICT (event_id, recipient_id, kind) DO NOTHING
       RETURNING ${COLUMNS}`,
      [JSON.stringify(rows)],
    );
  }

  /**
   * Keeps each recipient's inbox to `max` rows: beyond it, read notifications go first (oldest
   * first), then the oldest unread ones. Returns how many were deleted.
   */
  async prune(recipients: string[], max: number): Promise<number> {
    const rows = await this.db.query<{ id: string }>(
      `DELETE FROM notification WHERE id IN (
         SELECT x.id FROM unnest($1::uuid[]) AS r(id)
          CROSS JOIN LATERAL (
            SELECT n.id FROM notification n WHERE n.recipient_id = r.id
             ORDER BY (n.read_at IS NULL) DESC, n.created_at DESC, n.id DESC OFFSET $2
          ) x
       ) RETURNING id`,
      [recipients, max],
    );
    return rows.length;
  }

  async unreadCounts(recipients: string[]): Promise<Map<string, number>> {
    const rows = await this.db.query<{ recipientId: string; n: number }>(
      `SELECT r.id AS "recipientId", (SELECT count(*)::int FROM notification n WHERE n.recipient_id = r.id AND n.read_at IS NULL) AS n
         FROM unnest($1::uuid[]) AS r(id)`,
      [recipients],
    );
    return new Map(rows.map((row) => [row.recipientId, row.n]));
  }

  /** One page of an inbox, newest first, after a (created_at, id) keyset. */
  page(recipientId: string, unreadOnly: boolean, after: [string, string] | null, limit: number): Promise<NotificationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM notification n
        WHERE n.recipient_id = $1 AND ($2::boolean IS FALSE OR n.read_at IS NULL)
          AND ($3::timestamptz IS NULL OR (n.created_at, n.id) < ($3::timestamptz, $4::uuid))
        ORDER BY n.created_at DESC, n.id DESC LIMIT $5`,
      [recipientId, unreadOnly, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** How many of `ids` (distinct) are the recipient's. */
  async countOwned(recipientId: string, ids: string[]): Promise<number> {
    const row = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE recipient_id = $1 AND id = ANY($2::uuid[])`, [recipientId, ids]);
    return row!.n;
  }

  async markIds(recipientId: string, ids: string[]): Promise<number> {
    const rows = await this.db.query(
      `UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND id = ANY($2::uuid[]) AND read_at IS NULL RETURNING id`,
      [recipientId, ids],
    );
    return rows.length;
  }

  /** The recipient's notification `id` (null when it is not theirs), as the keyset `upTo` marks up to. */
  findOwn(recipientId: string, id: string): Promise<{ createdKey: string } | null> {
    return this.db.one(`SELECT created_at::text AS "createdKey" FROM notification WHERE recipient_id = $1 AND id = $2`, [recipientId, id]);
  }

  async markUpTo(recipientId: string, upTo: { createdKey: string; id: string }): Promise<number> {
    const rows = await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE recipient_id = $1 AND read_at IS NULL AND (created_at, id) <= ($2::timestamptz, $3::uuid) RETURNING id`,
      [recipientId, upTo.createdKey, upTo.id],
    );
    return rows.length;
  }

  /** Deletes up to `limit` notifications older than `days`, oldest first; returns how many. */
  async deleteOlderThan(days: number, limit: number): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM notification WHERE id IN (
         SELECT id FROM notification WHERE created_at < now() - make_interval(days => $1) ORDER BY created_at LIMIT $2
       ) RETURNING id`,
      [days, limit],
    );
    return rows.length;
  }

  /** One's choice per kind (on unless turned off). */
  async preferences(userId: string): Promise<Array<{ kind: string; enabled: boolean }>> {
    return this.db.query(
      `SELECT k.kind, COALESCE(p.enabled, true) AS enabled FROM notification_kind k
       LEFT JOIN notification_preference p ON p.kind = k.kind AND p.user_id = $1 ORDER BY k.kind`,
      [userId],
    );
  }

  async setPreference(userId: string, kind: string, enabled: boolean, version: number): Promise<void> {
    await this.db.query(
      `INSERT INTO notification_preference (user_id, kind, enabled, version) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, kind) DO UPDATE SET enabled = EXCLUDED.enabled, version = EXCLUDED.version, updated_at = now()`,
      [userId, kind, enabled, version],
    );
  }
}
