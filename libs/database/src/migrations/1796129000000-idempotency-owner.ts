import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A kept idempotency answer names the account it answered (null: an anonymous caller), so that
 * erasing the account deletes its answers at once (libs/erasure) instead of leaving them sealed
 * until their 1-day purge.
 */
export class IdempotencyOwner1796129000000 implements MigrationInterface {
  name = 'IdempotencyOwner1796129000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE idempotency_key ADD COLUMN owner_id uuid`);
    await q.query(`CREATE INDEX idempotency_key_owner_idx ON idempotency_key (owner_id) WHERE owner_id IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idempotency_key_owner_idx`);
    await q.query(`ALTER TABLE idempotency_key DROP COLUMN owner_id`);
  }
}
