import { randomBytes } from 'node:crypto';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pseudonyms (libs/identity README, *Pseudonyms*): the key of participants' stable pseudonyms,
 * made once per database, and the per-challenge voter pseudonyms, held apart from everything
 * else so that deleting a participant's rows unlinks their public votes for good.
 */
export class Pseudonyms1796124450546 implements MigrationInterface {
  name = 'Pseudonyms1796124450546';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pseudonym_key (
        id boolean PRIMARY KEY DEFAULT true CHECK (id),
        key bytea NOT NULL CHECK (octet_length(key) = 32)
      )`);
    await q.query(`INSERT INTO pseudonym_key (key) VALUES ($1)`, [randomBytes(32)]);
    await q.query(`
      CREATE TABLE voter_pseudonym (
        challenge_id uuid NOT NULL REFERENCES challenge(id) ON DELETE CASCADE,
        participant_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        pseudonym uuid NOT NULL UNIQUE,
        salt bytea NOT NULL CHECK (octet_length(salt) = 32),
        PRIMARY KEY (challenge_id, participant_id)
      )`);
    await q.query(`CREATE INDEX voter_pseudonym_participant ON voter_pseudonym (participant_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE voter_pseudonym`);
    await q.query(`DROP TABLE pseudonym_key`);
  }
}
