/**
 * Every state change records one of these in the `domain_event` outbox, inside the same
 * transaction. Delivery (sockets, other consumers) reads the outbox after commit.
 */
export type DomainEventType =
  | 'user.registered'
  | 'organization.created'
  | 'organization.memberAdded'
  | 'challenge.created'
  | 'challenge.updated'
  | 'challenge.phaseChanged'
  | 'idea.created'
  | 'idea.revised'
  | 'idea.voted'
  | 'idea.statusChanged'
  | 'comment.helpfulMarked'
  | 'comment.created'
  | 'comment.edited'
  | 'comment.deleted'
  | 'idea.coAuthorInvited'
  | 'idea.coAuthorAnswered'
  | 'idea.coAuthorInvitationRevoked'
  | 'notifications.created'
  | 'notifications.read';

export interface DomainEventInput {
  type: DomainEventType;
  challengeId: string | null;
  aggregateId: string;
  actorId: string | null;
  payload: Record<string, unknown>;
}
