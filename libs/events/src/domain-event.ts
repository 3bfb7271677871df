import type { DomainEventMap, DomainEventType, Recordable } from './domain-event.map';

export type { DomainEventType } from './domain-event.map';

/**
 * Every state change records one of these in the `domain_event` outbox, inside the same
 * transaction. Delivery (sockets, other consumers) reads the outbox after commit.
 *
 * A union over `DomainEventMap`: `type` says which, and the payload must be that type's.
 */
export type DomainEventInput<T extends DomainEventType = DomainEventType> = T extends DomainEventType
  ? {
      type: T;
      challengeId: string | null;
      aggregateId: string;
      actorId: string | null;
      payload: Recordable<DomainEventMap[T]>;
    }
  : never;
