import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { OrganizationRole } from './organization-role';

export interface OrganizationRow {
  id: string;
  name: string;
  slug: string;
  createdAt: Date;
}

export interface MemberRow {
  userId: string;
  role: OrganizationRole;
  createdAt: Date;
}

const ORG_COLUMNS = `id, name, slug, created_at AS "createdAt"`;

@Injectable()
export class OrganizationsRepository {
  constructor(private readonly db: Db) {}

  insert(name: string, slug: string, createdBy: string): Promise<OrganizationRow | null> {
    return this.db.one(
      `INSERT INTO organization (name, slug, created_by) VALUES ($1, $2, $3)
       ON CONFLICT (slug) DO NOTHING RETURNING ${ORG_COLUMNS}`,
      [name, slug, createdBy],
    );
  }

  findById(id: string): Promise<OrganizationRow | null> {
    return this.db.one(`SELECT ${ORG_COLUMNS} FROM organization WHERE id = $1`, [id]);
  }

  findByIds(ids: readonly string[]): Promise<OrganizationRow[]> {
    return this.db.query(`SELECT ${ORG_COLUMNS} FROM organization WHERE id = ANY($1::uuid[])`, [ids]);
  }

  async addMember(organizationId: string, userId: string, role: OrganizationRole): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO organization_member (organization_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING user_id`,
      [organizationId, userId, role],
    );
    return rows.length === 1;
  }

  async roleOf(organizationId: string, userId: string): Promise<OrganizationRole | null> {
    const row = await this.db.one<{ role: OrganizationRole }>(
      `SELECT role FROM organization_member WHERE organization_id = $1 AND user_id = $2`,
      [organizationId, userId],
    );
    return row?.role ?? null;
  }

  members(organizationId: string, limit: number): Promise<MemberRow[]> {
    return this.db.query(
      `SELECT user_id AS "userId", role, created_at AS "createdAt" FROM organization_member
        WHERE organization_id = $1 ORDER BY created_at, user_id LIMIT $2`,
      [organizationId, limit],
    );
  }

  /** Serialises changes to one organisation's team (the last-OWNER rule). */
  async lock(organizationId: string): Promise<boolean> {
    return (await this.db.one(`SELECT id FROM organization WHERE id = $1 FOR UPDATE`, [organizationId])) !== null;
  }

  /** The first `limit` members of each organisation (oldest first), in one query: for per-request batching. */
  membersOf(organizationIds: readonly string[], limit: number): Promise<Array<MemberRow & { organizationId: string }>> {
    return this.db.query(
      `SELECT "organizationId", "userId", role, "createdAt" FROM (
         SELECT organization_id AS "organizationId", user_id AS "userId", role, created_at AS "createdAt",
                row_number() OVER (PARTITION BY organization_id ORDER BY created_at, user_id) AS n
           FROM organization_member WHERE organization_id = ANY($1::uuid[])) m
        WHERE n <= $2 ORDER BY "organizationId", n`,
      [organizationIds, limit],
    );
  }

  member(organizationId: string, userId: string): Promise<MemberRow | null> {
    return this.db.one(
      `SELECT user_id AS "userId", role, created_at AS "createdAt" FROM organization_member WHERE organization_id = $1 AND user_id = $2`,
      [organizationId, userId],
    );
  }

  async ownerCount(organizationId: string): Promise<number> {
    const row = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM organization_member WHERE organization_id = $1 AND role = 'OWNER'`, [organizationId]);
    return row?.n ?? 0;
  }

  setRole(organizationId: string, userId: string, role: OrganizationRole): Promise<MemberRow | null> {
    return this.db.one(
      `UPDATE organization_member SET role = $3 WHERE organization_id = $1 AND user_id = $2
       RETURNING user_id AS "userId", role, created_at AS "createdAt"`,
      [organizationId, userId, role],
    );
  }

  async removeMember(organizationId: string, userId: string): Promise<boolean> {
    const rows = await this.db.query(`DELETE FROM organization_member WHERE organization_id = $1 AND user_id = $2 RETURNING user_id`, [organizationId, userId]);
    return rows.length === 1;
  }

  /** The organisations whose team the user is on, by name. */
  teamsOf(userId: string, limit: number): Promise<OrganizationRow[]> {
    return this.db.query(
      `SELECT o.id, o.name, o.slug, o.created_at AS "createdAt" FROM organization_member m JOIN organization o ON o.id = m.organization_id
        WHERE m.user_id = $1 ORDER BY o.name, o.id LIMIT $2`,
      [userId, limit],
    );
  }

  /** Roles of one user in many organisations, for per-request batching. */
  rolesOf(userId: string, organizationIds: readonly string[]): Promise<Array<{ organizationId: string; role: OrganizationRole }>> {
    return this.db.query(
      `SELECT organization_id AS "organizationId", role FROM organization_member
        WHERE user_id = $1 AND organization_id = ANY($2::uuid[])`,
      [userId, organizationIds],
    );
  }
}
