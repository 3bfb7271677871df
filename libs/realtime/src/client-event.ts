import type { OutboxEvent } from '@pollen/events';

/**
 * What a socket.io client receives for every event: a stable id, the challenge, its
 * per-challenge sequence number (increasing; gaps are coalesced votes or events of rooms the
 * client is not in) and the data needed to update a view without another request.
 */
export interface ClientEvent {
  id: string;
  type: string;
  challengeId: string;
  sequence: number;
  occurredAt: string;
  data: Record<string, unknown>;
}

export interface AuthorInfo {
  id: string;
  displayName: string;
}

export interface Tally {
  ideaId: string;
  score: number;
  upvotes: number;
  downvotes: number;
}

/** The event types clients receive; others (users, organisations) stay server-side. */
export const CLIENT_EVENT_TYPES = new Set([
  'challenge.created',
  'challenge.updated',
  'challenge.phaseChanged',
  'idea.created',
  'idea.revised',
  'idea.voted',
  'idea.statusChanged',
  'comment.created',
  'comment.edited',
  'comment.deleted',
  'moderation.reported',
  'moderation.actioned',
]);

/** Events for the brand's team only (the moderation room), whatever they concern. */
export const TEAM_ONLY_TYPES = new Set(['moderation.reported']);

function pick(payload: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((key) => key in payload).map((key) => [key, payload[key]]));
}

/**
 * The public part of an event's payload. Never the actor of a vote, never anything
 * viewer-specific. `authors` resolves display names; `tallies` gives current vote tallies.
 */
export function toClientData(
  event: OutboxEvent,
  authors: Map<string, AuthorInfo>,
  tallies: Map<string, Tally>,
): Record<string, unknown> {
  const p = event.payload;
  switch (event.type) {
    case 'idea.created':
      return { ...pick(p, ['ideaId', 'title', 'body', 'tags', 'buildsOn', 'createdAt']), author: authors.get(p.authorId as string) ?? null };
    case 'idea.revised':
      return pick(p, ['ideaId', 'revision', 'title', 'body', 'tags']);
    case 'idea.voted':
      return { ...(tallies.get(p.ideaId as string) ?? { ideaId: p.ideaId }) };
    case 'idea.statusChanged':
      return { ...pick(p, ['ideaId', 'from', 'to', 'reason', 'decidedAt']), author: authors.get(p.authorId as string) ?? null };
    case 'comment.created':
      return { ...pick(p, ['commentId', 'ideaId', 'parentId', 'body', 'createdAt']), author: authors.get(p.authorId as string) ?? null };
    case 'comment.edited':
      return pick(p, ['commentId', 'ideaId', 'body', 'editedAt']);
    case 'comment.deleted':
      return pick(p, ['commentId', 'ideaId']);
    case 'moderation.reported':
      return pick(p, ['targetType', 'targetId', 'ideaId', 'reason', 'reporterCount']);
    case 'moderation.actioned':
      // Never the moderator: the log names them to the team over GraphQL.
      return pick(p, ['action', 'targetType', 'targetId', 'ideaId', 'commentId', 'from', 'to', 'mergedInto', 'reason']);
    default:
      return { ...p };
  }
}

export function toClientEvent(event: OutboxEvent, data: Record<string, unknown>): ClientEvent {
  return {
    id: event.id,
    type: event.type,
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
