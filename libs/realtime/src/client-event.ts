import type { DomainEventType, OutboxEvent } from '@pollen/events';
import { AuthorInfo, CLIENT_EVENTS, ClientDataOf, ClientDomainType, ClientEventMap, ClientEventName } from './client-event.map';

export type { AuthorInfo } from './client-event.map';

/**
 * What a socket.io client receives for every event: a stable id, the challenge, its
 * per-challenge sequence number (increasing; gaps are coalesced votes or events of rooms the
 * client is not in) and the data needed to update a view without another request. `N` names the
 * event (client-event.map.ts gives its data); the gateway carries any of them (`ClientEvent`).
 */
export interface ClientEventOf<N extends ClientEventName> {
  id: string;
  type: N;
  challengeId: string;
  sequence: number;
  occurredAt: string;
  data: ClientEventMap[N];
}

/** Any client event, as the gateway, the Redis link and the outage hand-off carry it (they never look inside `data`). */
export interface ClientEvent {
  id: string;
  type: string;
  challengeId: string;
  sequence: number;
  occurredAt: string;
  data: Record<string, unknown>;
}

/** The personal event that ends a person's place in an organisation's moderation room (`organization:<id>`). */
export const ORGANIZATION_LEFT = 'organization.left' satisfies ClientEventName;

/** The outbox types clients receive. */
export const CLIENT_EVENT_TYPES: ReadonlySet<DomainEventType> = new Set(Object.keys(CLIENT_EVENTS) as ClientDomainType[]);

export function isClientType(type: DomainEventType): type is ClientDomainType {
  return CLIENT_EVENT_TYPES.has(type);
}

/** Events for the brand's team only (the moderation room), whatever they concern. */
export function isTeamOnly(type: DomainEventType): boolean {
  return isClientType(type) && 'teamOnly' in CLIENT_EVENTS[type];
}

/** Outbox type → the name clients know (a recorded tally is what clients have always received as `idea.voted`). */
export function clientType<T extends ClientDomainType>(type: T): (typeof CLIENT_EVENTS)[T]['as'] {
  return CLIENT_EVENTS[type].as;
}

/**
 * The public part of an event's payload, as CLIENT_EVENTS says: its fields (those the payload
 * has), and the author's `{ id, displayName }` where the map adds it (`authors` resolves names).
 */
export function toClientData<T extends ClientDomainType>(event: OutboxEvent<T>, authors: ReadonlyMap<string, AuthorInfo>): ClientDataOf<T> {
  const spec: { fields: readonly PropertyKey[]; author?: true } = CLIENT_EVENTS[event.type];
  const payload: Record<PropertyKey, unknown> = event.payload;
  const data: Record<PropertyKey, unknown> = {};
  for (const field of spec.fields) if (field in payload) data[field] = payload[field];
  if (spec.author) data.author = (typeof payload.authorId === 'string' && authors.get(payload.authorId)) || null;
  return data as ClientDataOf<T>;
}

export function toClientEvent<T extends ClientDomainType>(event: OutboxEvent<T>, data: ClientDataOf<T>): ClientEvent {
  return {
    id: event.id,
    type: clientType(event.type),
    challengeId: event.challengeId!,
    sequence: Number(event.sequence),
    occurredAt: new Date(event.occurredAt).toISOString(),
    data,
  };
}

/** Rooms an event goes to: its challenge, and its idea when it concerns one. */
export function roomsFor(challengeId: string, data: Record<string, unknown>): string[] {
  const rooms = [`challenge:${challengeId}`];
  if (typeof data.ideaId === 'string') rooms.push(`idea:${data.ideaId}`);
  return rooms;
}
