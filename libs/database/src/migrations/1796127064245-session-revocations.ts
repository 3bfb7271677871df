import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Sessions revoked lately, read by every instance that holds sockets once a second (libs/realtime
 * socket-sessions.job.ts: one poll per instance, not a read per socket): only revoked rows are indexed.
 */
export class SessionRevocations1796127064245 implements MigrationInterface {
  name = 'SessionRevocations1796127064245';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX auth_session_revoked_idx ON auth_session (revoked_at) WHERE revoked_at IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX auth_session_revoked_idx`);
  }
}
