import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { DomainEventInput } from './domain-event';

export const OUTBOX_CHANNEL = 'pollen_outbox';

@Injectable()
export class DomainEventRecorder {
  constructor(private readonly db: Db) {}

  /** Appends to the outbox. Refuses to run outside a transaction: an event must commit with its change. */
  async record(event: DomainEventInput): Promise<void> {
    if (!this.db.inTransaction()) throw new Error(`domain event ${event.type} recorded outside a transaction`);
    // The notification is transactional (delivered on commit only) and wakes the relay without
    // polling delay; sent in the insert's statement, it costs no round trip of its own.
    await this.db.query(
      `WITH recorded AS (
         INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload) VALUES ($1, $2, $3, $4, $5) RETURNING 1
       )
       SELECT pg_notify('${OUTBOX_CHANNEL}', '') FROM recorded`,
      [event.type, event.challengeId, event.aggregateId, event.actorId, JSON.stringify(event.payload)],
    );
  }
}
