/**
 * Every domain event, by type: what its payload holds in the outbox (`domain_event.payload`, JSON:
 * times are ISO strings once stored; enumerations are their string values). One entry per type;
 * a library adding an event adds its entry here, and `record()` accepts nothing else.
 *
 * What clients receive of each is a second map, in libs/realtime (`client-event.map.ts`).
 */
export interface DomainEventMap {
  'user.registered': { userId: string; displayName: string };
  'organization.created': { organizationId: string; name: string; slug: string };
  'organization.memberInvited': { organizationId: string; invitationId: string; role: string; inviteeId: string | null };
  'organization.memberAdded': { organizationId: string; userId: string; role: string; invitationId: string };
  'organization.memberRoleChanged': { organizationId: string; userId: string; role: string; previousRole: string };
  'organization.memberRemoved': { organizationId: string; userId: string; role: string };
  'challenge.created': { challengeId: string; organizationId: string; title: string; phase: string };
  'challenge.updated': { challengeId: string; title: string; brief: string; language: string; closesAt: string | null };
  /** A phase moved by the team; `reopened` when a CLOSED challenge is opened again (with its reason and new closing time). */
  'challenge.phaseChanged': { challengeId: string; from: string; to: string; reopened?: true; reason?: string; closesAt?: string | null };
  'idea.created': { ideaId: string; challengeId: string; authorId: string; title: string; body: string; tags: string[]; buildsOn: string[]; createdAt: string };
  'idea.revised': { ideaId: string; challengeId: string; revision: number; title: string; body: string; tags: string[] };
  /** A raw vote (never sent to clients: its tally is `idea.tallied`); `reason` when the system took it back. */
  'idea.voted': { ideaId: string; challengeId: string; value: string; previous: string; reason?: string };
  /** Recorded by the relay, not a service: the tally it sent to sockets (see libs/realtime). */
  'idea.tallied': { ideaId: string; score: number; upvotes: number; downvotes: number };
  'idea.statusChanged': { ideaId: string; challengeId: string; authorId: string; from: string; to: string; reason: string | null; decidedAt: string };
  'idea.coAuthorInvited': CoAuthorPayload;
  'idea.coAuthorAnswered': CoAuthorPayload;
  'idea.coAuthorInvitationRevoked': CoAuthorPayload;
  /** `stance` (and the day it was written) let insights count stances off the request path. */
  'comment.created': { commentId: string; ideaId: string; challengeId: string; parentId: string | null; authorId: string; body: string; stance: string | null; createdAt: string };
  'comment.edited': { commentId: string; ideaId: string; challengeId: string; body: string; editedAt: string | null; stance: string | null; previousStance: string | null; createdAt: string };
  'comment.deleted': { commentId: string; ideaId: string; challengeId: string; stance: string | null; createdAt: string };
  'comment.helpfulMarked': { commentId: string; ideaId: string; challengeId: string; helpful: boolean };
  'moderation.reported': {
    organizationId: string;
    challengeId: string;
    itemId: string;
    targetType: string;
    targetId: string;
    ideaId: string | null;
    reason: string;
    reporterCount: number;
  };
  /** A moderation action; `from`/`to` are visibilities (null for actions on a participant), never sent with the moderator. */
  'moderation.actioned': {
    organizationId: string;
    challengeId: string | null;
    actionId: string;
    action: string;
    targetType: string;
    targetId: string;
    ideaId: string | null;
    commentId: string | null;
    from: unknown;
    to: unknown;
    mergedInto: unknown;
    until: unknown;
    reason: string;
    /** A comment's change of visibility: the idea's public comment count after it (itself and the replies read through it). */
    commentCount?: number;
    affectedUserIds: string[];
  };
  /** A recipient's new notifications (the inbox's rows), with their unread count after them. */
  'notifications.created': { recipientId: string; unreadCount: number; notifications: NotificationRecord[] };
  'notifications.read': { recipientId: string; ids: string[] | null; upTo: string | null; marked: number; unreadCount: number };
  /** Recorded by the sentiment consumer when a label is set, changed or removed (server-side only). */
  'sentiment.labelled': {
    challengeId: string;
    targetKind: string;
    targetId: string;
    label: string | null;
    previousLabel: string | null;
    score: number | null;
    contentCreatedAt: string;
  };
}

/** Invitations to co-author an idea and their answers (personal: never in the challenge's public stream). */
export interface CoAuthorPayload {
  ideaId: string;
  challengeId: string;
  authorId: string;
  /** The invited participant. */
  userId: string;
  accepted?: boolean;
}

/** One stored notification as the inbox shows it: libs/notifications' `NotificationView`, whose other fields travel along. */
export interface NotificationRecord {
  id: string;
  kind: string;
  challengeId: string | null;
  actorId: string | null;
  createdAt: string;
}

export type DomainEventType = keyof DomainEventMap;

/** The payload of an event of type `T`. */
export type PayloadOf<T extends DomainEventType> = DomainEventMap[T];

/** A payload as a service hands it over: a time (a field named `…At`) may still be a `Date`. */
export type Recordable<P> = { [F in keyof P]: F extends `${string}At` ? P[F] | Date : P[F] };
