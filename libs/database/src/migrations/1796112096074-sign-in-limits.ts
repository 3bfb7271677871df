import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sign-in attempts are counted by the write limits' store now (libs/limits: Redis or the process,
 * counted before the password hash), not in login_failure, whose count was read before the hash
 * and written after it (parallel guesses raced past it).
 */
export class SignInLimits1796112096074 implements MigrationInterface {
  name = 'SignInLimits1796112096074';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failure`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
  }
}
