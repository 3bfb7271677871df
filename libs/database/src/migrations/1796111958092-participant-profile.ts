import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A participant's profile lists their comments newest first (ideas go through idea_author_user_idx).
 * Moderation's index of comments by author (1796111643606) becomes this one, which serves both:
 * its leading column still finds every comment of an author (deleted ones too, for suspensions).
 */
export class ParticipantProfile1796111958092 implements MigrationInterface {
  name = 'ParticipantProfile1796111958092';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS comment_author_idx`);
    await q.query(`CREATE INDEX comment_author_idx ON comment (author_id, created_at DESC, id DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX comment_author_idx`);
    await q.query(`CREATE INDEX comment_author_idx ON comment (author_id)`);
  }
}
