import { Injectable } from '@nestjs/common';
import { ADVISORY_LOCKS, Db } from '@pollen/database';
import { DomainEventType } from './domain-event';
import { OutboxEvent } from './outbox.repository';

/** A consumer's place in the commit-safe order of the outbox: (tx_id, position). */
export interface ConsumerCursor {
  txId: string;
  position: string;
}

/** An event of a consumer's window; `wanted` false: of a type the consumer skips (no payload read). */
export type WindowEvent = OutboxEvent & {
  txId: string;
  wanted: boolean;
};

export interface ConsumerStatus {
  name: string;
  eventsSeen: number;
  eventsHandled: number;
  failures: number;
  /** Events committed and not yet read by the consumer, counted up to PENDING_COUNT_MAX. */
  pending: number;
  /** Age in seconds of the oldest event not yet read (0 when caught up). */
  lagSeconds: number;
  updatedAt: Date;
}

export const PENDING_COUNT_MAX = 10_000;
export const FAILURE_ERROR_MAX = 2_000;

/**
 * The fence of the query it is part of: the lowest transaction id still running in this
 * query's own snapshot, or the snapshot's xmax when none runs. Every transaction below it has
 * finished, so no event below it can appear later. A running transaction is ignored only when
 * pg_stat_activity shows it belongs to another database (it cannot write this outbox); one that
 * ended meanwhile is not recognised, which only lowers the fence for one pass.
 */
const FENCE = `fence AS (
  SELECT COALESCE(
    (SELECT min(x) FROM pg_snapshot_xip(pg_current_snapshot()) x
      WHERE NOT EXISTS (
        SELECT 1 FROM pg_stat_activity a
         WHERE a.backend_xid IS NOT NULL AND a.datname <> current_database()
           AND a.backend_xid::text = (x::text::numeric % 4294967296)::text)),
    pg_snapshot_xmax(pg_current_snapshot())) AS xid
)`;

const AFTER = `(e.tx_id, e.position) > ($1::xid8, $2::bigint)`;

/** The SQL of durable consumers: checkpoints, windows of the outbox in commit-safe order, failures, lag. */
@Injectable()
export class OutboxConsumerRepository {
  constructor(private readonly db: Db) {}

  /** One runner per consumer and database: an advisory lock of the current transaction. */
  tryLock(name: string): Promise<boolean> {
    return this.db.tryTransactionLock(ADVISORY_LOCKS.OUTBOX_CONSUMER, name);
  }

  /** The consumer's cursor, locked for this transaction; created at the outbox's start or its current end. */
  async checkpoint(name: string, start: 'beginning' | 'now'): Promise<ConsumerCursor> {
    const read = () => this.db.query<ConsumerCursor>(`SELECT tx_id::text AS "txId", position::text AS position FROM outbox_consumer WHERE name = $1 FOR UPDATE`, [name]);
    const [found] = await read();
    if (found) return found;
    await this.db.query(
      `WITH ${FENCE}
       INSERT INTO outbox_consumer (name, tx_id, position)
       SELECT $1, CASE WHEN $2 = 'now' THEN fence.xid ELSE '0'::xid8 END, 0 FROM fence
       ON CONFLICT (name) DO NOTHING`,
      [name, start],
    );
    const [created] = await read();
    return created;
  }

  /** Up to `limit` events after `cursor` and below the fence, in (tx_id, position) order. */
  window(cursor: ConsumerCursor, types: DomainEventType[] | null, limit: number): Promise<WindowEvent[]> {
    return this.db.query<WindowEvent>(
      `WITH ${FENCE}
       SELECT e.position::text AS position, e.tx_id::text AS "txId", e.id, e.type, e.challenge_id AS "challengeId",
              e.aggregate_id AS "aggregateId", e.actor_id AS "actorId", e.sequence::text AS sequence, e.occurred_at AS "occurredAt",
              ($4::text[] IS NULL OR e.type = ANY($4::text[])) AS wanted,
              CASE WHEN $4::text[] IS NULL OR e.type = ANY($4::text[]) THEN e.payload END AS payload
         FROM domain_event e, fence
        WHERE ${AFTER} AND e.tx_id < fence.xid
        ORDER BY e.tx_id, e.position LIMIT $3`,
      [cursor.txId, cursor.position, limit, types],
    );
  }

  /** Every transaction that had finished when this was read has an id below it. */
  async snapshotXmax(): Promise<string> {
    const [row] = await this.db.query<{ xmax: string }>(`SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax`);
    return row.xmax;
  }

  /** Whether an event of a transaction below `xmax` is still after the consumer's checkpoint. */
  async pendingBefore(name: string, xmax: string): Promise<boolean> {
    const [row] = await this.db.query<{ pending: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM domain_event e, outbox_consumer c
                       WHERE c.name = $1 AND (e.tx_id, e.position) > (c.tx_id, c.position) AND e.tx_id < $2::xid8) AS pending`,
      [name, xmax],
    );
    return row.pending;
  }

  async advance(name: string, to: ConsumerCursor, seen: number, handled: number): Promise<void> {
    await this.db.query(
      `UPDATE outbox_consumer SET tx_id = $2::xid8, position = $3::bigint, events_seen = events_seen + $4,
              events_handled = events_handled + $5, updated_at = now() WHERE name = $1`,
      [name, to.txId, to.position, seen, handled],
    );
  }

  async recordFailure(name: string, position: string, error: string): Promise<void> {
    await this.db.query(
      `INSERT INTO outbox_consumer_failure (consumer, event_position, error) VALUES ($1, $2::bigint, $3)
       ON CONFLICT (consumer, event_position) DO UPDATE SET error = EXCLUDED.error, failed_at = now()`,
      [name, position, error.slice(0, FAILURE_ERROR_MAX)],
    );
  }

  /** A savepoint around a unit of a batch, so that a failing handler can be retried event by event. */
  async savepoint(action: 'SAVEPOINT' | 'RELEASE SAVEPOINT' | 'ROLLBACK TO SAVEPOINT'): Promise<void> {
    await this.db.query(`${action} outbox_consumer_unit`);
  }

  /** Every consumer's progress and lag (each bounded: an index range of at most PENDING_COUNT_MAX rows). */
  status(): Promise<ConsumerStatus[]> {
    return this.db.query<ConsumerStatus>(
      `SELECT c.name, c.events_seen::int AS "eventsSeen", c.events_handled::int AS "eventsHandled", c.updated_at AS "updatedAt",
              (SELECT count(*)::int FROM outbox_consumer_failure f WHERE f.consumer = c.name) AS failures,
              (SELECT count(*)::int FROM (SELECT 1 FROM domain_event e WHERE (e.tx_id, e.position) > (c.tx_id, c.position) LIMIT ${PENDING_COUNT_MAX}) p) AS pending,
              COALESCE((SELECT extract(epoch FROM now() - e.occurred_at)::float8 FROM domain_event e
                         WHERE (e.tx_id, e.position) > (c.tx_id, c.position) ORDER BY e.tx_id, e.position LIMIT 1), 0) AS "lagSeconds"
         FROM outbox_consumer c ORDER BY c.name`,
    );
  }
}
