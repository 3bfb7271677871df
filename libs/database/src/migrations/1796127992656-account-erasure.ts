import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Erasure (libs/erasure README): an erased account keeps its id (the ledger and contributions
 * refer to it) but no email, password or name; the choice made is recorded, and a kept credit's
 * payout contact is stored apart. The moderation log stays append-only except for erasure's
 * scrubbing of free text, in a transaction that says so (`pollen.erasing`).
 */
export class AccountErasure1796127992656 implements MigrationInterface {
  name = 'AccountErasure1796127992656';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ALTER COLUMN email DROP NOT NULL, ALTER COLUMN password_hash DROP NOT NULL, ADD COLUMN erased_at timestamptz`);
    await q.query(`ALTER TABLE app_user ADD CONSTRAINT app_user_erased_whole CHECK ((erased_at IS NULL) = (email IS NOT NULL) AND (erased_at IS NULL) = (password_hash IS NOT NULL))`);
    await q.query(`
      CREATE TABLE account_erasure (
        user_id uuid PRIMARY KEY REFERENCES app_user(id),
        content_removed boolean NOT NULL,
        credit text NOT NULL CHECK (credit IN ('KEPT', 'FORFEITED')),
        erased_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE erasure_payout (
        user_id uuid PRIMARY KEY REFERENCES account_erasure(user_id),
        contact text NOT NULL CHECK (char_length(contact) BETWEEN 3 AND 200),
        voter_pseudonyms uuid[] NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE OR REPLACE FUNCTION pollen_moderation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'UPDATE' AND current_setting('pollen.erasing', true) = 'on'
           AND (NEW.position, NEW.id, NEW.organization_id, NEW.actor_id, NEW.action, NEW.target_type, NEW.target_id, NEW.undoes, NEW.created_at)
               IS NOT DISTINCT FROM
               (OLD.position, OLD.id, OLD.organization_id, OLD.actor_id, OLD.action, OLD.target_type, OLD.target_id, OLD.undoes, OLD.created_at) THEN
          RETURN NEW;
        END IF;
        RAISE EXCEPTION 'the moderation log is append-only' USING ERRCODE = 'P0001';
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION pollen_moderation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the moderation log is append-only' USING ERRCODE = 'P0001';
      END $$`);
    await q.query(`DROP TABLE erasure_payout`);
    await q.query(`DROP TABLE account_erasure`);
    await q.query(`ALTER TABLE app_user DROP CONSTRAINT app_user_erased_whole, DROP COLUMN erased_at`);
  }
}
