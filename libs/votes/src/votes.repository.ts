import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

/** Exported for the benchmark's raw-SQL reference, which sends exactly what castVote sends. */
export const LOCK_AS_VOTER = `
  SELECT (SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2 FOR UPDATE) AS value,
         EXISTS (SELECT 1 FROM idea_author WHERE idea_id = $1 AND user_id = $2 AND accepted_at IS NOT NULL) AS author`;

@Injectable()
export class VotesRepository {
  constructor(private readonly db: Db) {}

  /** The voter's current vote, row-locked for the rest of the transaction (0 when none). */
  async lock(ideaId: string, userId: string): Promise<number | null> {
    const row = await this.db.one<{ value: number }>(
      `SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2 FOR UPDATE`,
      [ideaId, userId],
    );
    return row?.value ?? null;
  }

  /**
   * The voter's current vote, row-locked, and whether they author the idea (authors do not
   * vote on their own idea): one round trip for the two things every vote asks first.
   */
  async lockAsVoter(ideaId: string, userId: string): Promise<{ value: number | null; author: boolean }> {
    const row = await this.db.one<{ value: number | null; author: boolean }>(LOCK_AS_VOTER, [ideaId, userId]);
    return row!;
  }

  /** false when a concurrent first vote of the same user got there first. */
  async insert(ideaId: string, userId: string, value: number): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO vote (idea_id, user_id, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`,
      [ideaId, userId, value],
    );
    return rows.length === 1;
  }

  async update(ideaId: string, userId: string, value: number): Promise<void> {
    await this.db.query(`UPDATE vote SET value = $3, updated_at = now() WHERE idea_id = $1 AND user_id = $2`, [ideaId, userId, value]);
  }

  async delete(ideaId: string, userId: string): Promise<void> {
    await this.db.query(`DELETE FROM vote WHERE idea_id = $1 AND user_id = $2`, [ideaId, userId]);
  }

  viewerVotes(userId: string, ideaIds: readonly string[]): Promise<Array<{ ideaId: string; value: number }>> {
    return this.db.query(
      `SELECT idea_id AS "ideaId", value FROM vote WHERE user_id = $1 AND idea_id = ANY($2::uuid[])`,
      [userId, ideaIds],
    );
  }
}
