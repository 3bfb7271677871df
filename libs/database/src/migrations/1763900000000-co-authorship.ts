import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Ideas may have several authors: the proposer (AUTHOR) and co-authors they invite, who accept.
 * share_bp is each accepted author's share of the idea's ownership credit (basis points, summing
 * to 10,000), equal unless every author approved another split (authorship_proposal).
 */
export class CoAuthorship1763900000000 implements MigrationInterface {
  name = 'CoAuthorship1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idea_author (
        idea_id uuid NOT NULL REFERENCES idea(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        role text NOT NULL CHECK (role IN ('AUTHOR', 'CO_AUTHOR')),
        share_bp integer CHECK (share_bp BETWEEN 0 AND 10000),
        invited_by uuid REFERENCES app_user(id),
        invited_at timestamptz NOT NULL DEFAULT now(),
        accepted_at timestamptz,
        PRIMARY KEY (idea_id, user_id),
        CONSTRAINT idea_author_share_once_accepted CHECK ((accepted_at IS NULL) = (share_bp IS NULL))
      )`);
    await q.query(`CREATE INDEX idea_author_user_idx ON idea_author (user_id)`);
    await q.query(`
      INSERT INTO idea_author (idea_id, user_id, role, share_bp, invited_at, accepted_at)
      SELECT id, author_id, 'AUTHOR', 10000, created_at, created_at FROM idea`);
    await q.query(`
      CREATE TABLE authorship_proposal (
        idea_id uuid PRIMARY KEY REFERENCES idea(id),
        shares jsonb NOT NULL,
        proposed_by uuid NOT NULL REFERENCES app_user(id),
        approved_by uuid[] NOT NULL,
        proposed_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE authorship_proposal`);
    await q.query(`DROP TABLE idea_author`);
  }
}
