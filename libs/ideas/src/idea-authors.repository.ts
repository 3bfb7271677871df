import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

export type AuthorRole = 'AUTHOR' | 'CO_AUTHOR';

export interface IdeaAuthorRow {
  ideaId: string;
  userId: string;
  role: AuthorRole;
  /** null while the invitation is pending. */
  shareBp: number | null;
  accepted: boolean;
  invitedAt: Date;
}

export interface ProposalRow {
  ideaId: string;
  shares: Array<[string, number]>;
  proposedBy: string;
  approvedBy: string[];
  proposedAt: Date;
}

const COLUMNS = `idea_id AS "ideaId", user_id AS "userId", role, share_bp AS "shareBp", accepted_at IS NOT NULL AS accepted, invited_at AS "invitedAt"`;

const PROPOSAL_COLUMNS = `idea_id AS "ideaId", shares, proposed_by AS "proposedBy", approved_by AS "approvedBy", proposed_at AS "proposedAt"`;

/** Who authors an idea, with what share, and pending invitations and split proposals. */
@Injectable()
export class IdeaAuthorsRepository {
  constructor(private readonly db: Db) {}

  async insertProposer(ideaId: string, userId: string): Promise<void> {
    await this.db.query(`INSERT INTO idea_author (idea_id, user_id, role, share_bp, accepted_at) VALUES ($1, $2, 'AUTHOR', 10000, now())`, [ideaId, userId]);
  }

  /** Every author and invitee of an idea, proposer first; `lock` orders concurrent changes to one idea. */
  list(ideaId: string, lock = false): Promise<IdeaAuthorRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM idea_author WHERE idea_id = $1 ORDER BY role, invited_at, user_id ${lock ? 'FOR UPDATE' : ''}`,
      [ideaId],
    );
  }

  listMany(ideaIds: readonly string[]): Promise<IdeaAuthorRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM idea_author WHERE idea_id = ANY($1::uuid[]) ORDER BY idea_id, role, invited_at, user_id`, [ideaIds]);
  }

  async invite(ideaId: string, userId: string, invitedBy: string): Promise<void> {
    await this.db.query(`INSERT INTO idea_author (idea_id, user_id, role, invited_by) VALUES ($1, $2, 'CO_AUTHOR', $3)`, [ideaId, userId, invitedBy]);
  }

  async accept(ideaId: string, userId: string): Promise<void> {
    await this.db.query(`UPDATE idea_author SET accepted_at = now(), share_bp = 0 WHERE idea_id = $1 AND user_id = $2`, [ideaId, userId]);
  }

  async remove(ideaId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM idea_author WHERE idea_id = $1 AND user_id = $2 AND accepted_at IS NULL`, [ideaId, userId]);
  }

  async setShares(ideaId: string, shares: Array<[string, number]>): Promise<void> {
    await this.db.query(
      `UPDATE idea_author a SET share_bp = s.share FROM unnest($2::uuid[], $3::int[]) AS s(user_id, share) WHERE a.idea_id = $1 AND a.user_id = s.user_id`,
      [ideaId, shares.map((s) => s[0]), shares.map((s) => s[1])],
    );
  }

  proposal(ideaId: string): Promise<ProposalRow | null> {
    return this.db.one(`SELECT ${PROPOSAL_COLUMNS} FROM authorship_proposal WHERE idea_id = $1`, [ideaId]);
  }

  /** The pending split proposals of a page of ideas (at most one per idea). */
  proposalsOf(ideaIds: readonly string[]): Promise<ProposalRow[]> {
    return this.db.query(`SELECT ${PROPOSAL_COLUMNS} FROM authorship_proposal WHERE idea_id = ANY($1::uuid[])`, [ideaIds]);
  }

  async saveProposal(ideaId: string, shares: Array<[string, number]>, proposedBy: string): Promise<void> {
    await this.db.query(
      `INSERT INTO authorship_proposal (idea_id, shares, proposed_by, approved_by) VALUES ($1, $2, $3, ARRAY[$3::uuid])
       ON CONFLICT (idea_id) DO UPDATE SET shares = EXCLUDED.shares, proposed_by = EXCLUDED.proposed_by,
         approved_by = EXCLUDED.approved_by, proposed_at = now()`,
      [ideaId, JSON.stringify(shares), proposedBy],
    );
  }

  async approve(ideaId: string, userId: string): Promise<string[]> {
    const row = await this.db.one<{ approvedBy: string[] }>(
      `UPDATE authorship_proposal SET approved_by = array_append(approved_by, $2::uuid)
        WHERE idea_id = $1 AND NOT ($2::uuid = ANY(approved_by)) RETURNING approved_by AS "approvedBy"`,
      [ideaId, userId],
    );
    return row?.approvedBy ?? [];
  }

  async dropProposal(ideaId: string): Promise<void> {
    await this.db.query(`DELETE FROM authorship_proposal WHERE idea_id = $1`, [ideaId]);
  }
}
