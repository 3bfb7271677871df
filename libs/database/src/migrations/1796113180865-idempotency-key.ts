import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of mutations (the `Idempotency-Key` header): the first answer to a keyed
 * request, written in the request's own transaction so that the key and the writes commit
 * together, and kept a day. `lookup` is SHA-256(scope ‖ key), `fingerprint` SHA-256 of the
 * request; the answer is sealed with a key derived from the client's key (AES-256-GCM), so the
 * table holds no readable answer (session tokens among them).
 */
export class IdempotencyKey1796113180865 implements MigrationInterface {
  name = 'IdempotencyKey1796113180865';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        lookup bytea PRIMARY KEY CHECK (octet_length(lookup) = 32),
        fingerprint bytea NOT NULL CHECK (octet_length(fingerprint) = 32),
        status smallint NOT NULL CHECK (status BETWEEN 100 AND 599),
        answer bytea NOT NULL CHECK (octet_length(answer) <= 131072),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idempotency_key_created_idx ON idempotency_key (created_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
