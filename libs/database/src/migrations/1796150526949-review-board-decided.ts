import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The review board filtered by a decision (SHORTLISTED, ADOPTED, REJECTED): the few ideas the
 * team has decided on, from an index of their own, rather than a walk down the order's index that
 * skips every open idea of the challenge (nearly all of them) to find them. Partial: open ideas,
 * which every vote updates, are not in it. Filtered to OPEN, the order's index still serves (most
 * of its entries match). PostgreSQL chooses between them per query: the board's statement is
 * planned with its status given (`$2::text IS NULL OR i.status = $2` folds to the status).
 */
export class ReviewBoardDecided1796150526949 implements MigrationInterface {
  name = 'ReviewBoardDecided1796150526949';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idea_decided_idx ON idea (challenge_id, status) WHERE status <> 'OPEN' AND visibility = 'VISIBLE'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idea_decided_idx`);
  }
}
