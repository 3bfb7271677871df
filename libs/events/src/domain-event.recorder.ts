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
    await this.db.query(
      `INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload) VALUES ($1, $2, $3, $4, $5)`,
      [event.type, event.challengeId, event.aggregateId, event.actorId, JSON.stringify(event.payload)],
    );
    // Transactional: delivered on commit only, it wakes the relay without polling delay.
    await this.db.query(`SELECT pg_notify('${OUTBOX_CHANNEL}', '')`);
  }
}
