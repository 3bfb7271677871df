import { Injectable } from '@nestjs/common';
import { Db, Sql, oneRoundTrip } from '@pollen/database';
import { currentRequestId } from '@pollen/kernel';
import { DomainEventInput } from './domain-event';

export const OUTBOX_CHANNEL = 'pollen_outbox';

/**
 * The outbox insert, as a step of a round trip (see `oneRoundTrip`): with `after`, recorded once per row
 * that step returns (a write that may not happen). The notification is transactional (delivered
 * on commit only) and wakes the relay without polling delay; sent by the insert itself, it costs
 * no round trip of its own.
 */
export function outboxInsert(event: DomainEventInput, after?: string): Sql {
  return {
    text: `INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload, request_id)
           SELECT $1, $2::uuid, $3::uuid, $4::uuid, $5::jsonb, $6::text ${after ? `FROM ${after}` : ''}
           RETURNING pg_notify('${OUTBOX_CHANNEL}', '')`,
    // The request that caused it, for the relay's log line (see currentRequestId): never sent to clients.
    params: [event.type, event.challengeId, event.aggregateId, event.actorId, JSON.stringify(event.payload), currentRequestId()],
  };
}

@Injectable()
export class DomainEventRecorder {
  constructor(private readonly db: Db) {}

  /** Appends to the outbox. Refuses to run outside a transaction: an event must commit with its change. */
  async record(event: DomainEventInput): Promise<void> {
    if (!this.db.inTransaction()) throw new Error(`domain event ${event.type} recorded outside a transaction`);
    const sql = oneRoundTrip(['recorded', outboxInsert(event)]);
    await this.db.query(sql.text, sql.params);
  }

  /** Appends many events in one SQL statement (a consumer's batch), in the order given. */
  async recordMany(events: DomainEventInput[]): Promise<void> {
    if (!this.db.inTransaction()) throw new Error('domain events recorded outside a transaction');
    if (events.length === 0) return;
    await this.db.query(
      `INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload)
       SELECT t.type, t.challenge_id, t.aggregate_id, t.actor_id, t.payload
         FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::uuid[], $5::jsonb[]) WITH ORDINALITY AS t(type, challenge_id, aggregate_id, actor_id, payload, n)
        ORDER BY t.n
       RETURNING pg_notify('${OUTBOX_CHANNEL}', '')`,
      [
        events.map((event) => event.type),
        events.map((event) => event.challengeId),
        events.map((event) => event.aggregateId),
        events.map((event) => event.actorId),
        events.map((event) => JSON.stringify(event.payload)),
      ],
    );
  }
}
