import { Injectable, Logger } from '@nestjs/common';
import { ADVISORY_LOCKS, Db } from '@pollen/database';
import { PeriodicBatchJob } from '@pollen/kernel';
import { EXPORT_ROW_KEEP_DAYS, OUTBOX_KEEP_DAYS, PROFILE_VIEW_KEEP_DAYS, RETENTION_BATCH, RETENTION_INTERVAL_MS, SESSION_KEEP_DAYS } from './privacy.constant';

/**
 * What is purged, and when (the table in README.md). Each SQL statement deletes at most
 * RETENTION_BATCH rows; a batch answers the most any one of them deleted, so a pass repeats while
 * anything is left. One runner per cluster (a transaction-scoped advisory lock).
 */
const PURGES: Array<{ what: string; sql: string; params: unknown[] }> = [
  {
    what: 'expired export archives',
    sql: `UPDATE data_export SET state = 'EXPIRED', archive = NULL
          WHERE id IN (SELECT id FROM data_export WHERE state = 'READY' AND expires_at <= now() LIMIT $1)`,
    params: [],
  },
  {
    what: 'old export rows',
    sql: `DELETE FROM data_export WHERE id IN (SELECT id FROM data_export WHERE state IN ('EXPIRED', 'FAILED') AND requested_at < now() - make_interval(days => $2) LIMIT $1)`,
    params: [EXPORT_ROW_KEEP_DAYS],
  },
  {
    what: 'spent download tokens',
    sql: `DELETE FROM data_export_download WHERE token_hash IN (SELECT token_hash FROM data_export_download WHERE expires_at <= now() OR used_at IS NOT NULL LIMIT $1)`,
    params: [],
  },
  {
    what: 'old sessions',
    // Revoked long ago, or whose every refresh token expired long ago (refresh tokens go with them).
    sql: `DELETE FROM auth_session WHERE id IN (
            SELECT s.id FROM auth_session s
            WHERE (s.revoked_at IS NOT NULL AND s.revoked_at < now() - make_interval(days => $2))
               OR (s.created_at < now() - make_interval(days => $2)
                   AND NOT EXISTS (SELECT 1 FROM refresh_token t WHERE t.session_id = s.id AND t.expires_at > now() - make_interval(days => $2)))
            LIMIT $1)`,
    params: [SESSION_KEEP_DAYS],
  },
  {
    what: 'old profile views',
    sql: `DELETE FROM profile_view_day WHERE (participant_id, day, organization_id) IN (
            SELECT participant_id, day, organization_id FROM profile_view_day WHERE day < (now() AT TIME ZONE 'UTC')::date - $2::int LIMIT $1)`,
    params: [PROFILE_VIEW_KEEP_DAYS],
  },
  {
    what: 'old relayed outbox events',
    // Never one not relayed yet, one a durable consumer (libs/events) has not read, or one it failed on.
    sql: `DELETE FROM domain_event WHERE position IN (
            SELECT e.position FROM domain_event e
            WHERE e.relayed_at IS NOT NULL AND e.relayed_at < now() - make_interval(days => $2)
              AND NOT EXISTS (SELECT 1 FROM outbox_consumer c WHERE (e.tx_id, e.position) > (c.tx_id, c.position))
              AND NOT EXISTS (SELECT 1 FROM outbox_consumer_failure f WHERE f.event_position = e.position)
            LIMIT $1)`,
    params: [OUTBOX_KEEP_DAYS],
  },
];

@Injectable()
export class PrivacyRetentionJob extends PeriodicBatchJob {
  constructor(private readonly db: Db) {
    super(new Logger(PrivacyRetentionJob.name), 'privacy retention');
  }

  purgeNow(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return RETENTION_INTERVAL_MS;
  }

  protected batchSize(): number {
    return RETENTION_BATCH;
  }

  protected batch(): Promise<number> {
    return this.db.soleBatch(ADVISORY_LOCKS.PRIVACY_RETENTION, async () => {
      let most = 0;
      for (const purge of PURGES) {
        const rows = await this.db.query(`${purge.sql} RETURNING 1`, [RETENTION_BATCH, ...purge.params]);
        most = Math.max(most, rows.length);
      }
      return most;
    });
  }
}
