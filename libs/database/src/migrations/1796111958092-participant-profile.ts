import { MigrationInterface, QueryRunner } from 'typeorm';

/** A participant's profile lists their comments newest first (ideas go through idea_author_user_idx). */
export class ParticipantProfile1796111958092 implements MigrationInterface {
  name = 'ParticipantProfile1796111958092';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX comment_author_idx ON comment (author_id, created_at DESC, id DESC) WHERE deleted_at IS NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX comment_author_idx`);
  }
}
