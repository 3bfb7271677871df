import { MigrationInterface, QueryRunner } from 'typeorm';

/** Failed sign-ins per email, to slow down password guessing (see AuthService.login). */
export class LoginThrottle1763880000000 implements MigrationInterface {
  name = 'LoginThrottle1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE login_failure (
        id bigserial PRIMARY KEY,
        email text NOT NULL,
        failed_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX login_failure_email_idx ON login_failure (email, failed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_failure`);
  }
}
