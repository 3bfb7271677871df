import { Injectable } from '@nestjs/common';
import { ADVISORY_LOCKS, Db, Sql } from '@pollen/database';
import { IdeaRow } from './ideas.repository';

export interface CounterDelta {
  upvotes?: number;
  downvotes?: number;
  comments?: number;
}

/**
 * A delta row, as a step of a round trip (see `oneRoundTrip`): with `after`, inserted once per row that
 * step returns, so a writer records its change and the tally's delta in one round trip.
 */
export function counterDeltaInsert(ideaId: string, delta: CounterDelta, after?: string): Sql {
  return {
    text: `INSERT INTO idea_counter_delta (idea_id, upvotes, downvotes, comments)
           SELECT $1::uuid, $2::int, $3::int, $4::int ${after ? `FROM ${after}` : ''}`,
    params: [ideaId, delta.upvotes ?? 0, delta.downvotes ?? 0, delta.comments ?? 0],
  };
}

/**
 * The idea as a read in the same transaction would show it after `delta`, given the idea as read
 * before it: the writer's answer without the round trip of reading it again.
 */
export function withDelta(idea: IdeaRow, delta: CounterDelta): IdeaRow {
  const upvotes = idea.upvotes + (delta.upvotes ?? 0);
  const downvotes = idea.downvotes + (delta.downvotes ?? 0);
  return { ...idea, upvotes, downvotes, score: upvotes - downvotes, commentCount: idea.commentCount + (delta.comments ?? 0) };
}

/** Fold this many delta rows per SQL statement; the loop continues while batches come back full. */
export const COUNTER_FOLD_BATCH = 20_000;

/**
 * Idea tallies without a hot row: writers append a delta row (no lock on the idea), a single
 * folder moves deltas into the idea's counters in batches, and reads add pending deltas.
 */
@Injectable()
export class IdeaCountersRepository {
  constructor(private readonly db: Db) {}

  async add(ideaId: string, delta: CounterDelta): Promise<void> {
    const { text, params } = counterDeltaInsert(ideaId, delta);
    await this.db.query(text, params);
  }

  /**
   * One fold step in its own transaction: delete a batch of committed deltas and add their sums
   * to the ideas, atomically. An advisory lock keeps folders on several instances from racing.
   * Returns the number of delta rows folded, or -1 when another folder holds the lock.
   */
  foldBatch(): Promise<number> {
    return this.db.soleBatch(ADVISORY_LOCKS.COUNTER_FOLD, async () => {
      const [result] = await this.db.query<{ folded: number }>(
        `WITH batch AS (
           DELETE FROM idea_counter_delta
            WHERE id IN (SELECT id FROM idea_counter_delta ORDER BY id LIMIT $1)
           RETURNING idea_id, upvotes, downvotes, comments
         ), sums AS (
           SELECT idea_id, sum(upvotes) AS up, sum(downvotes) AS down, sum(comments) AS comments, count(*) AS n
             FROM batch GROUP BY idea_id
         ), applied AS (
           UPDATE idea i SET upvotes = i.upvotes + s.up, downvotes = i.downvotes + s.down,
                             comment_count = i.comment_count + s.comments
             FROM sums s WHERE i.id = s.idea_id
           RETURNING s.n
         )
         SELECT COALESCE(sum(n), 0)::int AS folded FROM applied`,
        [COUNTER_FOLD_BATCH],
      );
      return result.folded;
    });
  }
}
