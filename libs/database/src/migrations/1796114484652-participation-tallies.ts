import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The farming rule (libs/ledger farming.policy.ts) counts comments, helpful marks and votes per
 * participant and idea: the sealer keeps those tallies beside the others, and they start from the
 * sealed chain as it stands (the sealer does not run during migrations).
 */
export class ParticipationTallies1796114484652 implements MigrationInterface {
  name = 'ParticipationTallies1796114484652';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE ownership_participation (
        challenge_id uuid NOT NULL,
        idea_id uuid NOT NULL,
        participant_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST')),
        entries integer NOT NULL,
        points bigint NOT NULL,
        PRIMARY KEY (challenge_id, idea_id, participant_id, kind)
      )`);
    await q.query(`
      INSERT INTO ownership_participation (challenge_id, idea_id, participant_id, kind, entries, points)
      SELECT challenge_id, idea_id, participant_id, kind, sum(CASE WHEN compensates IS NULL THEN 1 ELSE -1 END), sum(points)
        FROM contribution
       WHERE seq IS NOT NULL AND idea_id IS NOT NULL AND kind IN ('COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST')
       GROUP BY challenge_id, idea_id, participant_id, kind`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE ownership_participation`);
  }
}
