/**
 * Every state change records one of these in the `domain_event` outbox, inside the same
 * transaction. Delivery (sockets, other consumers) reads the outbox after commit.
 */
export type DomainEventType =
  | 'user.registered'
  | 'organization.created'
  | 'organization.memberInvited'
  | 'organization.memberAdded'
  | 'organization.memberRoleChanged'
  | 'organization.memberRemoved'
  | 'challenge.created'
  | 'challenge.updated'
  | 'challenge.phaseChanged'
  | 'idea.created'
  | 'idea.revised'
  | 'idea.voted'
  /** Recorded by the relay, not a service: the tally it sent to sockets (see libs/realtime). */
  | 'idea.tallied'
  | 'idea.statusChanged'
  | 'comment.helpfulMarked'
  | 'comment.created'
  | 'comment.edited'
  | 'comment.deleted'
  | 'moderation.reported'
  | 'moderation.actioned'
  | 'idea.coAuthorInvited'
  | 'idea.coAuthorAnswered'
  | 'idea.coAuthorInvitationRevoked'
  | 'notifications.created'
  | 'notifications.read'
  // Recorded by the sentiment consumer when a label is set, changed or removed (server-side only).
  | 'sentiment.labelled';

export interface DomainEventInput {
  type: DomainEventType;
  challengeId: string | null;
  aggregateId: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}
