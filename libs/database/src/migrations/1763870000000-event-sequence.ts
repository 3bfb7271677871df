import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ordered delivery of the outbox. The relay gives each event a per-stream (per-challenge)
 * sequence once its transaction is settled, then publishes it and marks it relayed.
 */
export class EventSequence1763870000000 implements MigrationInterface {
  name = 'EventSequence1763870000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE domain_event ADD COLUMN sequence bigint, ADD COLUMN relayed_at timestamptz`);
    // Stream of an event: its challenge, or the nil UUID for events outside any challenge.
    await q.query(`
      CREATE TABLE event_stream (
        stream_id uuid PRIMARY KEY,
        last_sequence bigint NOT NULL CHECK (last_sequence >= 0)
      )`);
    await q.query(`CREATE UNIQUE INDEX domain_event_stream_sequence_key
      ON domain_event ((COALESCE(challenge_id, '00000000-0000-0000-0000-000000000000'::uuid)), sequence) WHERE sequence IS NOT NULL`);
    await q.query(`CREATE INDEX domain_event_unsequenced_idx ON domain_event (position) WHERE sequence IS NULL`);
    await q.query(`CREATE INDEX domain_event_unrelayed_idx ON domain_event (position) WHERE sequence IS NOT NULL AND relayed_at IS NULL`);
    await q.query(`DROP INDEX domain_event_challenge_idx`);
    await q.query(`CREATE INDEX domain_event_challenge_sequence_idx ON domain_event (challenge_id, sequence) WHERE sequence IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX domain_event_challenge_sequence_idx`);
    await q.query(`CREATE INDEX domain_event_challenge_idx ON domain_event (challenge_id, position)`);
    await q.query(`DROP TABLE event_stream`);
    await q.query(`ALTER TABLE domain_event DROP COLUMN relayed_at, DROP COLUMN sequence`);
  }
}
