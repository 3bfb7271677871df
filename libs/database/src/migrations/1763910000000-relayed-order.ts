import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reading the outbox in the order the relay published it (`relayed_at`), for an instance that
 * lost Redis and delivers what the relay published meanwhile from the database.
 */
export class RelayedOrder1763910000000 implements MigrationInterface {
  name = 'RelayedOrder1763910000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX domain_event_relayed_idx ON domain_event (relayed_at) WHERE relayed_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX domain_event_relayed_idx`);
  }
}
