import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { OrganizationRole } from './organization-role';

export interface InvitationRow {
  id: string;
  organizationId: string;
  email: string;
  role: OrganizationRole;
  invitedBy: string;
  createdAt: Date;
  respondedAt: Date | null;
  accepted: boolean | null;
}

const COLUMNS = `id, organization_id AS "organizationId", email, role, invited_by AS "invitedBy", created_at AS "createdAt",
  responded_at AS "respondedAt", accepted`;

@Injectable()
export class OrganizationInvitationsRepository {
  constructor(private readonly db: Db) {}

  /** The pending invitation of this email to this organisation, made or (role) updated. */
  upsertPending(organizationId: string, email: string, role: OrganizationRole, invitedBy: string): Promise<InvitationRow | null> {
    return this.db.one(
      `INSERT INTO organization_invitation (organization_id, email, role, invited_by) VALUES ($1, $2, $3, $4)
       ON CONFLICT (organization_id, email) WHERE responded_at IS NULL
       DO UPDATE SET role = EXCLUDED.role, invited_by = EXCLUDED.invited_by
       RETURNING ${COLUMNS}`,
      [organizationId, email, role, invitedBy],
    );
  }

  async pendingCount(organizationId: string): Promise<number> {
    const row = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM organization_invitation WHERE organization_id = $1 AND responded_at IS NULL`, [organizationId]);
    return row!.n;
  }

  pendingFor(email: string, limit: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM organization_invitation WHERE email = $1 AND responded_at IS NULL ORDER BY created_at DESC, id LIMIT $2`,
      [email, limit],
    );
  }

  pendingOf(organizationId: string, limit: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM organization_invitation WHERE organization_id = $1 AND responded_at IS NULL ORDER BY created_at DESC, id LIMIT $2`,
      [organizationId, limit],
    );
  }

  /** The same for several organisations, `limit` each, in one query: for per-request batching. */
  pendingOfMany(organizationIds: readonly string[], limit: number): Promise<InvitationRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM (
         SELECT *, row_number() OVER (PARTITION BY organization_id ORDER BY created_at DESC, id) AS n
           FROM organization_invitation WHERE organization_id = ANY($1::uuid[]) AND responded_at IS NULL) i
        WHERE n <= $2 ORDER BY organization_id, n`,
      [organizationIds, limit],
    );
  }

  lock(id: string): Promise<InvitationRow | null> {
    return this.db.one(`SELECT ${COLUMNS} FROM organization_invitation WHERE id = $1 FOR UPDATE`, [id]);
  }

  answer(id: string, accepted: boolean): Promise<InvitationRow | null> {
    return this.db.one(
      `UPDATE organization_invitation SET responded_at = now(), accepted = $2 WHERE id = $1 AND responded_at IS NULL RETURNING ${COLUMNS}`,
      [id, accepted],
    );
  }

  async withdraw(id: string, organizationId: string): Promise<boolean> {
    const rows = await this.db.query(`DELETE FROM organization_invitation WHERE id = $1 AND organization_id = $2 AND responded_at IS NULL RETURNING id`, [id, organizationId]);
    return rows.length === 1;
  }
}
