import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Durable outbox consumers (libs/events, OutboxConsumerJob): one checkpoint row per consumer, moved
 * in the same transaction as the consumer's own writes; the events a consumer had to skip; and
 * the commit-safe reading order of the outbox, (tx_id, position).
 */
export class OutboxConsumer1796111485450 implements MigrationInterface {
  name = 'OutboxConsumer1796111485450';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX domain_event_commit_order_idx ON domain_event (tx_id, position)`);
    await q.query(`
      CREATE TABLE outbox_consumer (
        name text PRIMARY KEY,
        tx_id xid8 NOT NULL,
        position bigint NOT NULL,
        events_seen bigint NOT NULL DEFAULT 0,
        events_handled bigint NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT outbox_consumer_name_format CHECK (name ~ '^[a-z][a-z0-9-]{0,62}$'),
        CONSTRAINT outbox_consumer_counts CHECK (events_seen >= 0 AND events_handled >= 0 AND events_handled <= events_seen)
      )`);
    await q.query(`
      CREATE TABLE outbox_consumer_failure (
        consumer text NOT NULL REFERENCES outbox_consumer (name) ON DELETE CASCADE,
        event_position bigint NOT NULL REFERENCES domain_event (position),
        error text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, event_position),
        CONSTRAINT outbox_consumer_failure_error_length CHECK (char_length(error) <= 2000)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE outbox_consumer_failure`);
    await q.query(`DROP TABLE outbox_consumer`);
    await q.query(`DROP INDEX domain_event_commit_order_idx`);
  }
}
