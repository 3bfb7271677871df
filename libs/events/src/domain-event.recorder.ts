import { Injectable } from '@nestjs/common';
import { Db, Statement, chain } from '@pollen/database';
import { currentRequestId } from '@pollen/kernel';
import { DomainEventInput } from './domain-event';

export const OUTBOX_CHANNEL = 'pollen_outbox';

/**
 * The outbox insert, as a step of a statement (see `chain`): with `after`, recorded once per row
 * that step returns (a write that may not happen). The notification is transactional (delivered
 * on commit only) and wakes the relay without polling delay; sent by the insert itself, it costs
 * no round trip of its own.
 */
export function outboxInsert(event: DomainEventInput, after?: string): Statement {
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
    const statement = chain(['recorded', outboxInsert(event)]);
    await this.db.query(statement.text, statement.params);
  }
}
