import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { IDEA_BY_ID, IdeaRow } from '@pollen/ideas';

const LOCK_AS_VOTER = `
  SELECT (SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2 FOR UPDATE) AS value,
         EXISTS (SELECT 1 FROM idea_author WHERE idea_id = $1 AND user_id = $2 AND accepted_at IS NOT NULL) AS author`;

/**
 * What a vote reads first, in one statement: the idea ($1) with exact tallies, the voter's ($2)
 * vote row-locked for the rest of the transaction, whether they co-author the idea, and their
 * vote as the idea's tallies counted it (the statement's snapshot: a vote of theirs committed
 * since is the locked one, newer). Exported for the benchmark's raw-SQL reference, which sends
 * exactly what castVote sends.
 */
export const READ_FOR_VOTE = `
  SELECT idea.*, voter.value AS "lockedVote", voter.author AS "voterIsAuthor",
         (SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2) AS "countedVote"
    FROM (${IDEA_BY_ID}) idea, (${LOCK_AS_VOTER}) voter`;

export interface Voter {
  /** Their vote, row-locked (null when none). */
  value: number | null;
  /** Their vote as the idea's tallies (read in the same statement) counted it. */
  counted: number | null;
  /** Whether they are one of the idea's accepted authors. */
  author: boolean;
}

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

  /** The idea and the voter's standing on it (see READ_FOR_VOTE): one round trip for what every vote asks first. */
  async readForVote(ideaId: string, userId: string): Promise<{ idea: IdeaRow; voter: Voter } | null> {
    const row = await this.db.one<IdeaRow & { lockedVote: number | null; countedVote: number | null; voterIsAuthor: boolean }>(READ_FOR_VOTE, [
      ideaId,
      userId,
    ]);
    if (!row) return null;
    const { lockedVote, countedVote, voterIsAuthor, ...idea } = row;
    return { idea, voter: { value: lockedVote, counted: countedVote, author: voterIsAuthor } };
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
