import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The sentiment of each idea (title and body) and comment, labelled off the request path by the
 * sentiment consumer (libs/sentiment). A row per piece of content, replaced when its text changes,
 * removed when a comment is deleted. Strongly negative content of a challenge is found by index
 * (the moderation queue).
 */
export class ContentSentiment1796112580982 implements MigrationInterface {
  name = 'ContentSentiment1796112580982';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE content_sentiment (
        target_kind text NOT NULL CHECK (target_kind IN ('IDEA', 'COMMENT')),
        target_id uuid NOT NULL,
        challenge_id uuid NOT NULL REFERENCES challenge(id),
        label text NOT NULL CHECK (label IN ('NEGATIVE', 'NEUTRAL', 'POSITIVE')),
        score real NOT NULL CHECK (score BETWEEN -1 AND 1),
        language text NOT NULL CHECK (language IN ('en', 'fr', 'pt', 'es')),
        text_hash text NOT NULL,
        content_created_at timestamptz NOT NULL,
        labelled_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (target_kind, target_id),
        CONSTRAINT content_sentiment_label_matches_score CHECK (
          (label = 'POSITIVE' AND score > 0) OR (label = 'NEGATIVE' AND score < 0) OR label = 'NEUTRAL')
      )`);
    await q.query(`CREATE INDEX content_sentiment_negative_idx ON content_sentiment (challenge_id, score, target_kind, target_id) WHERE label = 'NEGATIVE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE content_sentiment`);
  }
}
