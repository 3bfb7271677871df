import { Injectable } from '@nestjs/common';
import { ChallengeJson, ChallengeRow, challengeAsJson, challengeFromJson } from '@pollen/challenges';
import { Db, Sql, SqlStep, oneRoundTrip } from '@pollen/database';
import { DomainEventInput, outboxInsert } from '@pollen/events';
import { CounterDelta, IDEA_BY_ID, IdeaRow, counterDeltaInsert } from '@pollen/ideas';
import { activeSuspensionJson } from '@pollen/organizations';

const LOCK_AS_VOTER = `
  SELECT (SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2 FOR UPDATE) AS value,
         EXISTS (SELECT 1 FROM idea_author WHERE idea_id = $1 AND user_id = $2 AND accepted_at IS NOT NULL) AS author`;

/**
 * What a vote reads first, in one query: the idea ($1) with exact tallies, its challenge (for
 * the phase check), the voter's ($2)
 * vote row-locked for the rest of the transaction, whether they co-author the idea, and their
 * vote as the idea's tallies counted it (the query's snapshot: a vote of theirs committed
 * since is the locked one, newer). Exported for the benchmark's raw-SQL reference, which sends
 * exactly what castVote sends.
 */
export const READ_FOR_VOTE = `
  SELECT idea.*, voter.value AS "lockedVote", voter.author AS "voterIsAuthor",
         (SELECT value FROM vote WHERE idea_id = $1 AND user_id = $2) AS "countedVote",
         ${challengeAsJson('idea."challengeId"')} AS challenge,
         ${activeSuspensionJson('(SELECT organization_id FROM challenge WHERE id = idea."challengeId")', '$2::uuid')} AS suspension
    FROM (${IDEA_BY_ID}) idea, (${LOCK_AS_VOTER}) voter`;

export interface Voter {
  /** Their vote, row-locked (null when none). */
  value: number | null;
  /** Their vote as the idea's tallies (read in the same query) counted it. */
  counted: number | null;
  /** Whether they are one of the idea's accepted authors. */
  author: boolean;
}

/** The name of the vote's own step in voteWrite: a step that reads it happens only if the vote was written. */
export const VOTE_WRITTEN = 'vote';

/** A change of one person's vote, with what goes with it: the tally's delta, ledger entries, the event. */
export interface VoteChange {
  ideaId: string;
  userId: string;
  /** The vote it replaces, row-locked (null: none, so this inserts the first). */
  previous: number | null;
  /** 1, -1, or 0 to clear it. */
  value: number;
  delta: CounterDelta;
  /** Steps that read VOTE_WRITTEN (LedgerRecorder.contributionSteps), or none. */
  ledger: SqlStep[];
  event: DomainEventInput;
}

/**
 * The vote's insert, update or delete, then its counter delta, its ledger entries and its outbox
 * event, in one SQL statement: each of them reads the vote's step, so they are written only if it was
 * (a first vote can lose to the same person's concurrent first vote: then nothing is written and
 * the SQL statement answers no row). Exported for the benchmark's raw-SQL reference.
 */
export function voteWrite(change: VoteChange): Sql {
  const { ideaId, userId, value } = change;
  const vote: Sql =
    change.previous === null
      ? { text: `INSERT INTO vote (idea_id, user_id, value) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING 1`, params: [ideaId, userId, value] }
      : value === 0
        ? { text: `DELETE FROM vote WHERE idea_id = $1 AND user_id = $2 RETURNING 1`, params: [ideaId, userId] }
        : { text: `UPDATE vote SET value = $3, updated_at = now() WHERE idea_id = $1 AND user_id = $2 RETURNING 1`, params: [ideaId, userId, value] };
  return oneRoundTrip(
    [VOTE_WRITTEN, vote],
    ['delta', counterDeltaInsert(ideaId, change.delta, VOTE_WRITTEN)],
    ...change.ledger,
    ['event', outboxInsert(change.event, VOTE_WRITTEN)],
  );
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
  async readForVote(
    ideaId: string,
    userId: string,
  ): Promise<{ idea: IdeaRow; challenge: ChallengeRow | null; voter: Voter; suspension: { reason: string; until: Date | null } | null } | null> {
    const row = await this.db.one<
      IdeaRow & {
        lockedVote: number | null;
        countedVote: number | null;
        voterIsAuthor: boolean;
        challenge: ChallengeJson | null;
        suspension: { reason: string; until: string | null } | null;
      }
    >(READ_FOR_VOTE, [ideaId, userId]);
    if (!row) return null;
    const { lockedVote, countedVote, voterIsAuthor, challenge, suspension, ...idea } = row;
    return {
      idea,
      challenge: challenge && challengeFromJson(challenge),
      voter: { value: lockedVote, counted: countedVote, author: voterIsAuthor },
      suspension: suspension && { reason: suspension.reason, until: suspension.until ? new Date(suspension.until) : null },
    };
  }

  /** See voteWrite: false when a concurrent first vote of the same person got there first (nothing written). */
  async write(change: VoteChange): Promise<boolean> {
    const { text, params } = voteWrite(change);
    return (await this.db.query(text, params)).length === 1;
  }

  viewerVotes(userId: string, ideaIds: readonly string[]): Promise<Array<{ ideaId: string; value: number }>> {
    return this.db.query(
      `SELECT idea_id AS "ideaId", value FROM vote WHERE user_id = $1 AND idea_id = ANY($2::uuid[])`,
      [userId, ideaIds],
    );
  }
}
