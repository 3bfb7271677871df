import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review board's orders from indexes (libs/ideas ReviewBoardService): by score (the TOP
 * feed's index), by divisiveness (the smaller side, then all votes) and by the idea's sentiment
 * either way, each on the folded counters of the challenge's visible ideas, so a page reads
 * `first` index entries past its cursor whatever the challenge's size. An idea carries its
 * sentiment score (`sentiment_score`, null until labelled: neutral in the orders), kept equal to
 * content_sentiment's by a trigger in the same transaction as each labelling.
 */
export class ReviewBoardOrder1796138400000 implements MigrationInterface {
  name = 'ReviewBoardOrder1796138400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idea ADD COLUMN sentiment_score real CHECK (sentiment_score BETWEEN -1 AND 1)`);
    await q.query(`UPDATE idea i SET sentiment_score = s.score FROM content_sentiment s WHERE s.target_kind = 'IDEA' AND s.target_id = i.id`);
    await q.query(`
      CREATE FUNCTION idea_sentiment_follows() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.target_kind = 'IDEA' THEN
            UPDATE idea SET sentiment_score = NULL WHERE id = OLD.target_id AND sentiment_score IS NOT NULL;
          END IF;
        ELSIF NEW.target_kind = 'IDEA' THEN
          UPDATE idea SET sentiment_score = NEW.score WHERE id = NEW.target_id AND sentiment_score IS DISTINCT FROM NEW.score;
        END IF;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER content_sentiment_idea_score AFTER INSERT OR UPDATE OF score OR DELETE ON content_sentiment
        FOR EACH ROW EXECUTE FUNCTION idea_sentiment_follows()`);
    await q.query(`CREATE INDEX idea_review_divisive_idx ON idea (challenge_id, least(upvotes, downvotes) DESC, (upvotes + downvotes) DESC, id DESC) WHERE visibility = 'VISIBLE'`);
    await q.query(`CREATE INDEX idea_review_positive_idx ON idea (challenge_id, COALESCE(sentiment_score, 0) DESC, score DESC, id DESC) WHERE visibility = 'VISIBLE'`);
    await q.query(`CREATE INDEX idea_review_negative_idx ON idea (challenge_id, (-COALESCE(sentiment_score, 0)) DESC, (-score) DESC, id DESC) WHERE visibility = 'VISIBLE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idea_review_negative_idx, idea_review_positive_idx, idea_review_divisive_idx`);
    await q.query(`DROP TRIGGER content_sentiment_idea_score ON content_sentiment`);
    await q.query(`DROP FUNCTION idea_sentiment_follows()`);
    await q.query(`ALTER TABLE idea DROP COLUMN sentiment_score`);
  }
}
