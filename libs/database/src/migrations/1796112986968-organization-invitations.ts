import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A team grows by invitation: the owner invites an email, its holder accepts (or declines). Kept
 * by email, so an invitation to an address nobody registered looks like any other, and can be
 * accepted after registering. Also: the opening event of each challenge, found without scanning
 * its events (catch-up hides what came before it from the public).
 */
export class OrganizationInvitations1796112986968 implements MigrationInterface {
  name = 'OrganizationInvitations1796112986968';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organization_invitation (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        role text NOT NULL CHECK (role IN ('OWNER', 'MODERATOR')),
        invited_by uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        responded_at timestamptz,
        accepted boolean,
        CONSTRAINT organization_invitation_answer_whole CHECK ((responded_at IS NULL) = (accepted IS NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX organization_invitation_pending_key ON organization_invitation (organization_id, email) WHERE responded_at IS NULL`);
    await q.query(`CREATE INDEX organization_invitation_email_idx ON organization_invitation (email) WHERE responded_at IS NULL`);
    await q.query(`CREATE INDEX domain_event_phase_idx ON domain_event (challenge_id, sequence) WHERE type = 'challenge.phaseChanged' AND sequence IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX domain_event_phase_idx`);
    await q.query(`DROP TABLE organization_invitation`);
  }
}
