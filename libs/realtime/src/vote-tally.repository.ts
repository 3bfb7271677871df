import { Injectable } from '@nestjs/common';
import { oneRoundTrip } from '@pollen/database';
import { OutboxEvent, Queryable, markPublishedStep, recordSequencedSteps } from '@pollen/events';
import { talliesStep } from '@pollen/ideas';

export interface TallyDue {
  ideaId: string;
  /** When the latest vote it covers happened: the tally event's `occurredAt`. */
  votedAt: Date;
}

export interface TallyHeld extends TallyDue {
  challengeId: string;
}

/** The relay's durable side of the tally coalescer (`pending_tally`, the `idea.tallied` events). */
@Injectable()
export class VoteTallyRepository {
  /**
   * One SQL statement on the relay's connection: marks relayed what the relay published since its
   * last SQL statement (`published`), records the current tally of each `due` idea as an
   * `idea.tallied` event with its sequence (and forgets its pending row: the event, unrelayed
   * until the relay's next SQL statement marks it, now stands for it), and writes down the ideas
   * whose tally is `held` back, so that nothing marked relayed is covered by memory alone.
   * Answers the recorded events in the order they are to be sent.
   */
  async flush(connection: Queryable, published: string[], due: TallyDue[], held: TallyHeld[]): Promise<OutboxEvent[]> {
    const sql = oneRoundTrip(
      ['marked', markPublishedStep(published)],
      ['held', {
        text: `INSERT INTO pending_tally AS p (idea_id, challenge_id, voted_at)
               SELECT u.idea_id, u.challenge_id, u.voted_at FROM unnest($1::uuid[], $2::uuid[], $3::timestamptz[]) AS u(idea_id, challenge_id, voted_at)
                 JOIN idea i ON i.id = u.idea_id
               ON CONFLICT (idea_id) DO UPDATE SET voted_at = greatest(p.voted_at, EXCLUDED.voted_at)
               RETURNING 1`,
        params: [held.map((t) => t.ideaId), held.map((t) => t.challengeId), held.map((t) => t.votedAt)],
      }],
      ['cleared', { text: `DELETE FROM pending_tally WHERE idea_id = ANY($1::uuid[]) RETURNING 1`, params: [due.map((t) => t.ideaId)] }],
      ['due', { text: `SELECT * FROM unnest($1::uuid[], $2::timestamptz[]) AS d(idea_id, voted_at)`, params: [due.map((t) => t.ideaId), due.map((t) => t.votedAt)] }],
      ['counts', talliesStep(due.map((t) => t.ideaId))],
      ['tally', {
        text: `SELECT c.challenge_id, c.id AS aggregate_id, due.voted_at AS occurred_at,
                      jsonb_build_object('ideaId', c.id, 'score', c.score, 'upvotes', c.upvotes, 'downvotes', c.downvotes) AS payload
                 FROM counts c JOIN due ON due.idea_id = c.id`,
        params: [],
      }],
      ...recordSequencedSteps('tally', 'idea.tallied'),
    );
    const rows = await connection.query<OutboxEvent>(sql.text, sql.params);
    return rows.rows.sort((a, b) => Number(a.sequence) - Number(b.sequence) || Number(a.position) - Number(b.position));
  }

  /** What a relay taking over must send: the tallies its predecessor held back. */
  async pending(connection: Queryable): Promise<TallyHeld[]> {
    const { rows } = await connection.query<TallyHeld>(
      `SELECT idea_id AS "ideaId", challenge_id AS "challengeId", voted_at AS "votedAt" FROM pending_tally ORDER BY voted_at`,
      [],
    );
    return rows;
  }
}
