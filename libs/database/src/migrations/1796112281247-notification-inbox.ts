import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The stored notification inbox (libs/notifications). Kinds are rows of notification_kind, so a
 * library that adds a kind (moderation notices) adds a row in its own migration. A notification
 * is written once per (source event, recipient, kind): a consumer replaying the outbox writes
 * nothing twice. event_id has no foreign key: the outbox may be pruned behind its consumers.
 */
export class NotificationInbox1796112281247 implements MigrationInterface {
  name = 'NotificationInbox1796112281247';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE notification_kind (kind text PRIMARY KEY CHECK (kind ~ '^[A-Z][A-Z_]{2,39}$'))`);
    await q.query(`
      INSERT INTO notification_kind (kind)
      VALUES ('COMMENT_REPLY'), ('IDEA_BUILT_UPON'), ('IDEA_DECIDED'), ('CO_AUTHOR_INVITED'), ('CO_AUTHOR_ANSWERED')`);
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        recipient_id uuid NOT NULL REFERENCES app_user(id),
        kind text NOT NULL REFERENCES notification_kind(kind),
        event_id uuid NOT NULL,
        challenge_id uuid REFERENCES challenge(id),
        idea_id uuid REFERENCES idea(id),
        comment_id uuid REFERENCES comment(id),
        actor_id uuid REFERENCES app_user(id),
        data jsonb NOT NULL DEFAULT '{}' CHECK (jsonb_typeof(data) = 'object' AND pg_column_size(data) <= 4096),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        CONSTRAINT notification_once UNIQUE (event_id, recipient_id, kind),
        CONSTRAINT notification_not_to_actor CHECK (actor_id IS DISTINCT FROM recipient_id),
        CONSTRAINT notification_read_after_created CHECK (read_at IS NULL OR read_at >= created_at)
      )`);
    await q.query(`CREATE INDEX notification_inbox_idx ON notification (recipient_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX notification_unread_idx ON notification (recipient_id, created_at DESC, id DESC) WHERE read_at IS NULL`);
    await q.query(`CREATE INDEX notification_retention_idx ON notification (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification`);
    await q.query(`DROP TABLE notification_kind`);
  }
}
