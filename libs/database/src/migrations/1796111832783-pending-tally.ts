import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vote tallies the relay holds back (an idea's tally goes out at most every TALLY_INTERVAL_MS)
 * are written down before the votes behind them are marked relayed, so that whoever relays
 * next (after a crash, a stop, a failed flush) sends them. A sent tally is itself an outbox
 * event (`idea.tallied`), born sequenced and relayed, so it has its place in the challenge's
 * sequence like any other event.
 */
export class PendingTally1796111832783 implements MigrationInterface {
  name = 'PendingTally1796111832783';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE pending_tally (
        idea_id uuid PRIMARY KEY REFERENCES idea (id) ON DELETE CASCADE,
        challenge_id uuid NOT NULL REFERENCES challenge (id) ON DELETE CASCADE,
        voted_at timestamptz NOT NULL
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE pending_tally`);
  }
}
