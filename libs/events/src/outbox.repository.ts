import { Injectable } from '@nestjs/common';
import { Db, Sql, SqlStep } from '@pollen/database';
import type { DomainEventMap, DomainEventType } from './domain-event.map';

/**
 * An event as the outbox holds it. A union over `DomainEventMap`: narrowing on `type` types the
 * payload; un-narrowed, a payload field reads as `unknown` (rows recorded before a field existed lack it).
 */
export type OutboxEvent<T extends DomainEventType = DomainEventType> = T extends DomainEventType
  ? {
      /** The row's place in the outbox's append order (`domain_event.position`, a bigserial): the relay and consumers mark and page by it; never sent to a client. */
      position: string;
      id: string;
      type: T;
      challengeId: string | null;
      aggregateId: string;
      actorId: string | null;
      payload: DomainEventMap[T] & Record<string, unknown>;
      /** Its number in its challenge's stream, given by the relay once its transaction settled: the order clients see (`ChallengeEvent.sequence`). */
      sequence: string;
      occurredAt: Date;
      /** The request that recorded it (null for jobs, CLIs and older events): for logs only, never for clients. */
      requestId: string | null;
    }
  : never;

/** A connection of its own (a `pg` client): the relay's, which holds its leadership. */
export interface Queryable {
  query<T>(sql: string, params: unknown[]): Promise<{ rows: T[] }>;
}

/**
 * The last sequence the stream `streamId` (an expression of the enclosing query: a challenge's
 * id) has given, 0 before its first event: for a query that reads it beside other things
 * (a challenge's row, libs/challenges).
 */
export function lastSequenceSql(streamId: string): string {
  return `COALESCE((SELECT s.last_sequence FROM event_stream s WHERE s.stream_id = ${streamId}), 0)::int`;
}

/** A place in the order the relay published the outbox: `relayed_at` (PostgreSQL's text, to the microsecond), then sequence and position. */
export interface RelayedCursor {
  relayedAt: string;
  sequence: string;
  position: string;
}

export const NIL_STREAM = '00000000-0000-0000-0000-000000000000';
const COLUMNS = `e.position::text AS position, e.id, e.type, e.challenge_id AS "challengeId", e.aggregate_id AS "aggregateId",
  e.actor_id AS "actorId", e.payload, e.sequence::text AS sequence, e.occurred_at AS "occurredAt", e.request_id AS "requestId"`;

/** A step (see `oneRoundTrip`) marking relayed what the relay published since its last SQL statement. */
export function markPublishedStep(published: string[]): Sql {
  return { text: `UPDATE domain_event SET relayed_at = now() WHERE position = ANY($1::bigint[]) AND relayed_at IS NULL RETURNING 1`, params: [published] };
}

/**
 * Steps (see `oneRoundTrip`) recording events the relay makes itself as it sends them (a vote tally),
 * read from the step named `source` (columns challenge_id, aggregate_id, payload, occurred_at):
 * each takes the next sequence of its challenge, so it has its place in the stream like any
 * event. It is born unrelayed, like every other event: the relay's next SQL statement marks it once
 * it has been published, so that a relay that dies (or loses PostgreSQL) between recording and
 * publishing leaves it to the next relay, which publishes it again (clients drop duplicates by
 * id), and never leaves a sequenced event that no client was sent. Answers the recorded events as
 * `OutboxEvent`s. Runs on the relay's connection only: it is the one writer of sequences.
 */
export function recordSequencedSteps(source: string, type: DomainEventType): SqlStep[] {
  return [
    [`${source}_counts`, { text: `SELECT challenge_id AS stream_id, count(*) AS n FROM ${source} GROUP BY challenge_id`, params: [] }],
    [
      `${source}_streams`,
      {
        text: `INSERT INTO event_stream AS s (stream_id, last_sequence) SELECT stream_id, n FROM ${source}_counts
               ON CONFLICT (stream_id) DO UPDATE SET last_sequence = s.last_sequence + EXCLUDED.last_sequence
               RETURNING s.stream_id, s.last_sequence`,
        params: [],
      },
    ],
    [
      `${source}_recorded`,
      {
        text: `INSERT INTO domain_event AS e (type, challenge_id, aggregate_id, actor_id, payload, occurred_at, sequence)
               SELECT $1, src.challenge_id, src.aggregate_id, NULL, src.payload, src.occurred_at,
                      st.last_sequence - c.n + row_number() OVER (PARTITION BY src.challenge_id ORDER BY src.aggregate_id)
                 FROM ${source} src
                 JOIN ${source}_counts c ON c.stream_id = src.challenge_id
                 JOIN ${source}_streams st ON st.stream_id = src.challenge_id
               RETURNING ${COLUMNS}`,
        params: [type],
      },
    ],
  ];
}

/** The SQL of the outbox's read side: sequencing settled events, and reading them back. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly db: Db) {}

  /**
   * One relay step, in one SQL statement (no transaction, so nothing for a timeout to cut in half):
   * marks relayed the events of the previous step, which the relay has published since; gives
   * the next settled events their per-stream sequence numbers; and returns the events sequenced
   * and not yet relayed, those just sequenced included, in sequence order within each stream.
   * "Settled": written by a transaction older than every writing transaction still running in
   * this database, so no event can later appear before them. (The cluster-wide snapshot xmin
   * would also wait for transactions of other databases; read-only transactions hold no xid and
   * never delay delivery.) Events left unrelayed by an earlier relay come first; new ones are
   * sequenced only within what is left of `limit`, so a stream never jumps ahead of itself.
   * Runs on the relay's own connection, the one holding its leadership.
   */
  async relayStep(connection: Queryable, published: string[], limit: number): Promise<OutboxEvent[]> {
    const { rows } = await connection.query<OutboxEvent>(
      `WITH relayed AS (
         UPDATE domain_event SET relayed_at = now() WHERE position = ANY($1::bigint[]) AND relayed_at IS NULL RETURNING 1
       ), waiting AS (
         SELECT ${COLUMNS} FROM domain_event e
          WHERE e.sequence IS NOT NULL AND e.relayed_at IS NULL AND e.position <> ALL($1::bigint[])
          ORDER BY e.sequence, e.position LIMIT $2
       ), fence AS (
         SELECT max(age(backend_xid)) AS oldest_running
           FROM pg_stat_activity
          WHERE datname = current_database() AND backend_xid IS NOT NULL AND pid <> pg_backend_pid()
       ), batch AS (
         SELECT e.position, COALESCE(e.challenge_id, '${NIL_STREAM}'::uuid) AS stream_id
           FROM domain_event e, fence
          WHERE e.sequence IS NULL
            AND (fence.oldest_running IS NULL OR age(e.tx_id::xid) > fence.oldest_running)
          ORDER BY e.position LIMIT (SELECT $2 - count(*) FROM waiting)
            FOR UPDATE OF e SKIP LOCKED
       ), counts AS (
         SELECT stream_id, count(*) AS n FROM batch GROUP BY stream_id
       ), streams AS (
         INSERT INTO event_stream AS s (stream_id, last_sequence)
         SELECT stream_id, n FROM counts
         ON CONFLICT (stream_id) DO UPDATE SET last_sequence = s.last_sequence + EXCLUDED.last_sequence
         RETURNING s.stream_id, s.last_sequence
       ), numbered AS (
         SELECT b.position,
                st.last_sequence - c.n + row_number() OVER (PARTITION BY b.stream_id ORDER BY b.position) AS sequence
           FROM batch b JOIN counts c USING (stream_id) JOIN streams st USING (stream_id)
       ), sequenced AS (
         UPDATE domain_event e SET sequence = numbered.sequence FROM numbered WHERE e.position = numbered.position
         RETURNING ${COLUMNS}
       )
       SELECT * FROM (SELECT * FROM waiting UNION ALL SELECT * FROM sequenced) step
        ORDER BY step.sequence::bigint, step.position::bigint`,
      [published, limit],
    );
    return rows;
  }

  /** Marks relayed what the relay published last (on leaving: the next step would have). */
  async markRelayed(connection: Queryable, positions: string[]): Promise<void> {
    if (positions.length) await connection.query(`UPDATE domain_event SET relayed_at = now() WHERE position = ANY($1::bigint[]) AND relayed_at IS NULL`, [positions]);
  }

  /** The last sequence a challenge's stream has given (0 before its first event). */
  async lastSequence(challengeId: string): Promise<number> {
    const rows = await this.db.query<{ n: number }>(`SELECT ${lastSequenceSql('$1')} AS n`, [challengeId]);
    return rows[0].n;
  }

  /** The relay's publication order as of now, less `marginMs`: where reading it back starts. */
  async relayedMark(marginMs: number): Promise<RelayedCursor> {
    const rows = await this.db.query<{ at: string }>(`SELECT (now() - make_interval(secs => $1::float8 / 1000))::text AS at`, [marginMs]);
    return { relayedAt: rows[0].at, sequence: '0', position: '0' };
  }

  /**
   * Events published after `cursor`, in the order the relay published them (one relay at a time,
   * batch after batch, each batch marked with its SQL statement's time), with the cursor of each.
   */
  relayedAfter(cursor: RelayedCursor, limit: number): Promise<Array<OutboxEvent & { relayedAt: string }>> {
    return this.db.query(
      `SELECT ${COLUMNS}, e.relayed_at::text AS "relayedAt" FROM domain_event e
        WHERE e.relayed_at >= $1::timestamptz AND (e.relayed_at, e.sequence, e.position) > ($1::timestamptz, $2::bigint, $3::bigint)
        ORDER BY e.relayed_at, e.sequence, e.position LIMIT $4`,
      [cursor.relayedAt, cursor.sequence, cursor.position, limit],
    );
  }

  /**
   * The sequence of the event that opened a challenge (its phase change from DRAFT), null while
   * it is a DRAFT or the event is not sequenced yet: what came before is the team's only.
   */
  async openingSequence(challengeId: string): Promise<number | null> {
    const row = await this.db.one<{ sequence: string | null }>(
      `SELECT min(sequence) AS sequence FROM domain_event
        WHERE challenge_id = $1 AND type = 'challenge.phaseChanged' AND sequence IS NOT NULL AND payload->>'from' = 'DRAFT'`,
      [challengeId],
    );
    return row?.sequence == null ? null : Number(row.sequence);
  }

  /**
   * Age of the oldest event not yet marked relayed, in milliseconds (0 when there is none): the
   * outbox lag, for metrics and readiness. Two index probes (unsequenced, sequenced and not
   * relayed). Published events are marked by the relay's next step, so an idle outbox can show
   * up to RELAY_POLL_MS.
   */
  async oldestUnrelayedAgeMs(): Promise<number> {
    const rows = await this.db.query<{ ms: number | null }>(
      `SELECT (extract(epoch FROM now() - min(occurred_at)) * 1000)::float8 AS ms FROM (
         (SELECT occurred_at FROM domain_event WHERE sequence IS NULL ORDER BY position LIMIT 1)
         UNION ALL
         (SELECT occurred_at FROM domain_event WHERE sequence IS NOT NULL AND relayed_at IS NULL ORDER BY position LIMIT 1)
       ) oldest`,
    );
    return Math.max(0, rows[0]?.ms ?? 0);
  }

  /** A challenge's sequenced events of these types after `afterSequence`, for clients catching up. */
  eventsAfter(challengeId: string, afterSequence: number, types: readonly string[], limit: number): Promise<OutboxEvent[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM domain_event e
        WHERE e.challenge_id = $1 AND e.sequence IS NOT NULL AND e.sequence > $2 AND e.type = ANY($3::text[])
        ORDER BY e.sequence LIMIT $4`,
      [challengeId, afterSequence, types, limit],
    );
  }
}
