import { MigrationInterface, QueryRunner } from 'typeorm';

/** Moderation's notices go to the affected authors' inboxes (libs/notifications): one more notification kind. */
export class ModerationNotices1796118790087 implements MigrationInterface {
  name = 'ModerationNotices1796118790087';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`INSERT INTO notification_kind (kind) VALUES ('MODERATION_ACTION')`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM notification WHERE kind = 'MODERATION_ACTION'`);
    await q.query(`DELETE FROM notification_kind WHERE kind = 'MODERATION_ACTION'`);
  }
}
