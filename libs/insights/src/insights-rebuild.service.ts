import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { ADVISORY_LOCKS, underSessionLock } from '@pollen/database';
import { STATEMENT_TIMEOUT_MS } from '@pollen/kernel';
import { INSIGHTS_CONSUMER } from './insights-bucketing.job';

/**
 * One SQL statement of the rebuild may take this long: at ten times Fiat Mio (7 million ideas,
 * comments and votes) the distinct participants alone took over 5 minutes on a loaded machine.
 * A tool's run, once per challenge, never on a request.
 */
export const REBUILD_STATEMENT_TIMEOUT_MS = STATEMENT_TIMEOUT_MS * 360;
/** Memory for the rebuild's hashes, for its transaction only. */
const REBUILD_WORK_MEM = '256MB';

/** The UTC day of a timestamptz column: buckets are UTC days. */
const day = (column: string) => `(${column} AT TIME ZONE 'UTC')::date`;

/**
 * Recomputes a challenge's buckets from its rows, for content that reached the database without
 * outbox events (the seeder's COPY, data older than the outbox). One REPEATABLE READ transaction
 * holding the insights consumer's lock: it replaces the rebuilt metrics and stores its snapshot,
 * and the consumer then skips exactly the events that snapshot could see (`pg_visible_in_snapshot`),
 * so nothing is counted twice or missed, whatever was running meanwhile. Moderation's metrics are
 * left as they are (they are only ever counted from events).
 */
@Injectable()
export class InsightsRebuildService {
  constructor(private readonly dataSource: DataSource) {}

  rebuild(challengeId: string): Promise<void> {
    return rebuildChallengeInsights((this.dataSource.options as { url?: string }).url!, challengeId);
  }
}

/** The rebuild on a connection of its own (also for tools and the bench, outside the application). */
export async function rebuildChallengeInsights(databaseUrl: string, challengeId: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl, application_name: 'pollen-insights-rebuild', statement_timeout: REBUILD_STATEMENT_TIMEOUT_MS });
  await client.connect();
  try {
    // The consumer's own lock: its runner waits until the rebuilt buckets are committed.
    await underSessionLock(
      client,
      ADVISORY_LOCKS.OUTBOX_CONSUMER,
      async () => {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
        try {
          // The distinct participants and the per-day counts hash millions of rows at scale 10: in memory, not sorted on disk.
          await client.query(`SET LOCAL work_mem = '${REBUILD_WORK_MEM}'`);
          for (const sql of rebuildQueries()) await client.query(sql, [challengeId]);
          await client.query('COMMIT');
        } catch (error) {
          await client.query('ROLLBACK');
          throw error;
        }
      },
      INSIGHTS_CONSUMER,
    );
  } finally {
    await client.end();
  }
}

function rebuildQueries(): string[] {
  const contributions = `
    SELECT author_id AS user_id, created_at AS at FROM idea WHERE challenge_id = $1
    UNION ALL SELECT author_id, created_at FROM comment WHERE challenge_id = $1
    UNION ALL SELECT v.user_id, v.created_at FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1`;
  return [
    `DELETE FROM insight_bucket WHERE challenge_id = $1 AND metric <> ALL(ARRAY['reports', 'holds', 'actions'])`,
    `DELETE FROM insight_participant WHERE challenge_id = $1`,
    `DELETE FROM insight_idea WHERE challenge_id = $1`,
    `INSERT INTO insight_participant (challenge_id, bucket, start, user_id)
     SELECT DISTINCT $1::uuid, 'DAY', ${day('at')}, user_id FROM (${contributions}) c`,
    `INSERT INTO insight_participant (challenge_id, bucket, start, user_id)
     SELECT DISTINCT $1::uuid, 'WEEK', date_trunc('week', start)::date, user_id FROM insight_participant WHERE challenge_id = $1 AND bucket = 'DAY'`,
    `INSERT INTO insight_bucket (challenge_id, metric, day, count)
     SELECT $1, metric, d, count(*) FROM (
       SELECT 'ideas' AS metric, ${day('created_at')} AS d FROM idea WHERE challenge_id = $1
       UNION ALL SELECT 'comments', ${day('created_at')} FROM comment WHERE challenge_id = $1
       UNION ALL SELECT 'votes', ${day('v.created_at')} FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1
       UNION ALL SELECT 'sentiment_' || lower(label), ${day('content_created_at')} FROM content_sentiment WHERE challenge_id = $1
       UNION ALL SELECT 'stance_' || lower(stance), ${day('created_at')} FROM comment WHERE challenge_id = $1 AND stance IS NOT NULL AND deleted_at IS NULL
     ) counted GROUP BY metric, d
     UNION ALL
     SELECT $1, CASE bucket WHEN 'DAY' THEN 'participants' ELSE 'participants_week' END, start, count(*)
       FROM insight_participant WHERE challenge_id = $1 GROUP BY bucket, start`,
    `INSERT INTO insight_idea (idea_id, challenge_id, comments, upvotes, downvotes)
     SELECT i.id, i.challenge_id, COALESCE(c.n, 0), COALESCE(v.up, 0), COALESCE(v.down, 0)
       FROM idea i
       LEFT JOIN (SELECT idea_id, count(*) AS n FROM comment WHERE challenge_id = $1 AND deleted_at IS NULL GROUP BY idea_id) c ON c.idea_id = i.id
       LEFT JOIN (SELECT v.idea_id, count(*) FILTER (WHERE v.value = 1) AS up, count(*) FILTER (WHERE v.value = -1) AS down
                    FROM vote v JOIN idea x ON x.id = v.idea_id WHERE x.challenge_id = $1 GROUP BY v.idea_id) v ON v.idea_id = i.id
      WHERE i.challenge_id = $1`,
    `INSERT INTO insight_rebuild (challenge_id, snapshot) VALUES ($1, pg_current_snapshot())
     ON CONFLICT (challenge_id) DO UPDATE SET snapshot = EXCLUDED.snapshot, rebuilt_at = now()`,
  ];
}
