import type { DomainEventMap, DomainEventType, NotificationRecord, PayloadOf } from '@pollen/events';

export interface AuthorInfo {
  id: string;
  displayName: string;
}

/** How clients receive one outbox type. */
interface ClientEventSpec<T extends DomainEventType> {
  /** The event name clients listen to. */
  as: string;
  /** The payload fields clients get (a field the payload lacks is left out). Never an actor of a vote, nothing viewer-specific. */
  fields: ReadonlyArray<keyof PayloadOf<T>>;
  /** Adds `author: { id, displayName }` (or null), from the payload's `authorId`. */
  author?: true;
  /** For the brand's team only (the moderation room), whatever it concerns. */
  teamOnly?: true;
}

/**
 * Outbox type → what clients receive, one entry per type sent to clients; the others (users,
 * organisations, raw votes — whose tallies go out as `idea.tallied` —, co-authorship, sentiment,
 * notifications' own events) stay server-side. The README's table of client events
 * (libs/realtime/README.md) is checked against this map by `client-event.map.spec.ts`.
 */
export const CLIENT_EVENTS = {
  'challenge.created': { as: 'challenge.created', fields: ['challengeId', 'organizationId', 'title', 'phase'] },
  'challenge.updated': { as: 'challenge.updated', fields: ['challengeId', 'title', 'brief', 'language', 'closesAt'] },
  'challenge.phaseChanged': { as: 'challenge.phaseChanged', fields: ['challengeId', 'from', 'to', 'reopened', 'reason', 'closesAt'] },
  'idea.created': { as: 'idea.created', fields: ['ideaId', 'title', 'body', 'tags', 'buildsOn', 'createdAt'], author: true },
  'idea.revised': { as: 'idea.revised', fields: ['ideaId', 'revision', 'title', 'body', 'tags'] },
  // A recorded tally is what clients have always received as `idea.voted`.
  'idea.tallied': { as: 'idea.voted', fields: ['ideaId', 'score', 'upvotes', 'downvotes'] },
  'idea.statusChanged': { as: 'idea.statusChanged', fields: ['ideaId', 'from', 'to', 'reason', 'decidedAt'], author: true },
  'comment.created': { as: 'comment.created', fields: ['commentId', 'ideaId', 'parentId', 'body', 'createdAt'], author: true },
  'comment.edited': { as: 'comment.edited', fields: ['commentId', 'ideaId', 'body', 'editedAt'] },
  'comment.deleted': { as: 'comment.deleted', fields: ['commentId', 'ideaId'] },
  'moderation.reported': { as: 'moderation.reported', fields: ['targetType', 'targetId', 'ideaId', 'reason', 'reporterCount'], teamOnly: true },
  // Never the moderator: the log names them to the team over GraphQL.
  'moderation.actioned': { as: 'moderation.actioned', fields: ['action', 'targetType', 'targetId', 'ideaId', 'commentId', 'from', 'to', 'mergedInto', 'reason', 'commentCount'] },
} as const satisfies { [T in DomainEventType]?: ClientEventSpec<T> };

type Specs = typeof CLIENT_EVENTS;

/** The outbox types clients receive. */
export type ClientDomainType = keyof Specs;

/** The data clients receive for an outbox type: its fields, and the author when the map says so. */
export type ClientDataOf<T extends ClientDomainType> = Pick<DomainEventMap[T], Extract<Specs[T]['fields'][number], keyof DomainEventMap[T]>> &
  (Specs[T] extends { author: true } ? { author: AuthorInfo | null } : unknown);

/**
 * Personal events (a person's own room, outside every challenge's sequence): a stored notification,
 * a marking read, and a removal from an organisation's team (its moderation room is left at once).
 */
export interface PersonalEventMap {
  notification: NotificationRecord & { actor: AuthorInfo | null; unreadCount: number };
  'notifications.read': Omit<PayloadOf<'notifications.read'>, 'recipientId'>;
  'organization.left': Pick<PayloadOf<'organization.memberRemoved'>, 'organizationId'>;
}

/** Event name clients listen to → its `data`. */
export type ClientEventMap = { [T in ClientDomainType as Specs[T]['as']]: ClientDataOf<T> } & PersonalEventMap;

export type ClientEventName = keyof ClientEventMap;
