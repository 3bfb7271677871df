import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Precomputed insights (libs/insights), kept by the insights outbox consumer: a count per
 * challenge, metric and UTC day (one table for every counted event type: a new metric is a new
 * value of `metric`, not a column); the participants seen per day and per week (distinct
 * counts cannot be summed); running totals per idea for the most discussed and most divisive
 * ideas, each read by index; and, per challenge rebuilt from its rows, the snapshot the rebuild
 * saw (events visible in it are already counted).
 */
export class ChallengeInsights1796113419115 implements MigrationInterface {
  name = 'ChallengeInsights1796113419115';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE insight_bucket (
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        metric text NOT NULL CHECK (metric ~ '^[a-z][a-z_]{0,39}$'),
        day date NOT NULL,
        count bigint NOT NULL CHECK (count >= 0),
        PRIMARY KEY (challenge_id, metric, day)
      )`);
    await q.query(`
      CREATE TABLE insight_participant (
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        bucket text NOT NULL CHECK (bucket IN ('DAY', 'WEEK')),
        start date NOT NULL,
        user_id uuid NOT NULL,
        PRIMARY KEY (challenge_id, bucket, start, user_id),
        CONSTRAINT insight_participant_week_starts_monday CHECK (bucket = 'DAY' OR extract(isodow FROM start) = 1)
      )`);
    await q.query(`
      CREATE TABLE insight_idea (
        idea_id uuid PRIMARY KEY REFERENCES idea(id) ON DELETE CASCADE,
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        comments integer NOT NULL DEFAULT 0 CHECK (comments >= 0),
        upvotes integer NOT NULL DEFAULT 0 CHECK (upvotes >= 0),
        downvotes integer NOT NULL DEFAULT 0 CHECK (downvotes >= 0)
      )`);
    await q.query(`CREATE INDEX insight_idea_discussed_idx ON insight_idea (challenge_id, comments DESC, idea_id)`);
    await q.query(`CREATE INDEX insight_idea_divisive_idx ON insight_idea (challenge_id, (least(upvotes, downvotes)) DESC, (upvotes + downvotes) DESC, idea_id)`);
    await q.query(`
      CREATE TABLE insight_rebuild (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id),
        snapshot pg_snapshot NOT NULL,
        rebuilt_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['insight_rebuild', 'insight_idea', 'insight_participant', 'insight_bucket']) await q.query(`DROP TABLE ${table}`);
  }
}
