import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Public counts count what everyone reads (libs/moderation README, "Counts stay exact"): a reply
 * count its VISIBLE replies, an idea's comment count its comments not deleted, VISIBLE and below
 * VISIBLE comments only. Before, a held or pending reply counted in its parent's reply count, and
 * the replies under a held comment in the idea's count: both are recounted where they differ (only
 * ideas with a comment out of sight that has replies), the idea's pending deltas left as they are.
 */
export class PublicCommentCounts1796128800000 implements MigrationInterface {
  name = 'PublicCommentCounts1796128800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      WITH r AS (SELECT parent_id AS id, count(*) FILTER (WHERE visibility = 'VISIBLE')::int AS n FROM comment WHERE parent_id IS NOT NULL GROUP BY parent_id)
      UPDATE comment p SET reply_count = r.n FROM r WHERE p.id = r.id AND p.reply_count <> r.n`);
    await q.query(`
      WITH RECURSIVE affected AS (
        SELECT DISTINCT c.idea_id FROM comment c WHERE c.visibility <> 'VISIBLE' AND EXISTS (SELECT 1 FROM comment r WHERE r.parent_id = c.id)
      ), open_thread AS (
        SELECT c.id, c.idea_id, c.deleted_at FROM comment c JOIN affected a ON a.idea_id = c.idea_id WHERE c.parent_id IS NULL AND c.visibility = 'VISIBLE'
        UNION ALL
        SELECT c.id, c.idea_id, c.deleted_at FROM comment c JOIN open_thread o ON c.parent_id = o.id WHERE c.visibility = 'VISIBLE'
      ), exact AS (
        SELECT a.idea_id, (SELECT count(*) FROM open_thread o WHERE o.idea_id = a.idea_id AND o.deleted_at IS NULL)::int AS n FROM affected a
      )
      UPDATE idea i SET comment_count = e.n - COALESCE((SELECT sum(d.comments) FROM idea_counter_delta d WHERE d.idea_id = i.id), 0)
        FROM exact e WHERE i.id = e.idea_id`);
  }

  async down(): Promise<void> {
    // Counts only: the earlier counts were the inexact ones.
  }
}
