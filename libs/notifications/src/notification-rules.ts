import type { DomainEventType, OutboxEvent } from '@pollen/events';
import { NotificationKind } from './notification-kind';

/** Batched look-ups the rules share within one consumer batch (one query per look-up kind). */
export interface RecipientLookups {
  /** The author of a comment. */
  commentAuthor(commentId: string): Promise<string | null>;
  /** The accepted authors (proposer and co-authors) of an idea. */
  ideaAuthors(ideaId: string): Promise<string[]>;
}

/** What a rule decides for one event: who gets which kind, about what. */
export interface NotificationIntent {
  kind: NotificationKind;
  recipients: string[];
  ideaId?: string | null;
  commentId?: string | null;
  /** Facts that are not links (kept in `notification.data`). */
  data?: Record<string, unknown>;
  /** The brand decides, not one of its staff by name: the notification names no actor. */
  withoutActor?: boolean;
}

export type NotificationRule = (event: OutboxEvent, look: RecipientLookups) => Promise<NotificationIntent[]>;

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

async function authorsOfAll(ids: string[], look: RecipientLookups): Promise<Array<[string, string[]]>> {
  return Promise.all(ids.map(async (id) => [id, await look.ideaAuthors(id)] as [string, string[]]));
}

/**
 * The one table of who is notified of what. Never the person who acted (the consumer drops
 * them whatever a rule says). A library adding a kind adds its row here.
 */
export const NOTIFICATION_RULES: Partial<Record<DomainEventType, NotificationRule>> = {
  'comment.created': async (event, look) => {
    const parentId = text(event.payload.parentId);
    if (!parentId) return [];
    const author = await look.commentAuthor(parentId);
    return [
      {
        kind: NotificationKind.COMMENT_REPLY,
        recipients: author ? [author] : [],
        ideaId: text(event.payload.ideaId),
        commentId: text(event.payload.commentId),
        data: { parentId },
      },
    ];
  },
  'idea.created': async (event, look) => {
    const parents = Array.isArray(event.payload.buildsOn) ? (event.payload.buildsOn as string[]) : [];
    return (await authorsOfAll(parents, look)).map(([builtUpon, recipients]) => ({
      kind: NotificationKind.IDEA_BUILT_UPON,
      recipients,
      ideaId: text(event.payload.ideaId),
      data: { builtUpon },
    }));
  },
  'idea.statusChanged': async (event, look) => {
    const ideaId = text(event.payload.ideaId);
    if (!ideaId) return [];
    const { from, to, reason } = event.payload;
    return [{ kind: NotificationKind.IDEA_DECIDED, recipients: await look.ideaAuthors(ideaId), ideaId, data: { from, to, reason }, withoutActor: true }];
  },
  'idea.coAuthorInvited': async (event) => {
    const invitee = text(event.payload.userId);
    return [{ kind: NotificationKind.CO_AUTHOR_INVITED, recipients: invitee ? [invitee] : [], ideaId: text(event.payload.ideaId) }];
  },
  'idea.coAuthorAnswered': async (event) => {
    const proposer = text(event.payload.authorId);
    return [
      {
        kind: NotificationKind.CO_AUTHOR_ANSWERED,
        recipients: proposer ? [proposer] : [],
        ideaId: text(event.payload.ideaId),
        data: { accepted: event.payload.accepted === true },
      },
    ];
  },
  // The team acted: each affected author is told what and why, by the brand rather than a named moderator.
  'moderation.actioned': async (event) => {
    if (event.payload.silent === true) return [];
    const recipients = Array.isArray(event.payload.affectedUserIds) ? (event.payload.affectedUserIds as string[]) : [];
    const { action, targetType, targetId, from, to, mergedInto, until, reason } = event.payload;
    return [
      {
        kind: NotificationKind.MODERATION_ACTION,
        recipients,
        ideaId: text(event.payload.ideaId),
        commentId: text(event.payload.commentId),
        data: { action, targetType, targetId, from, to, mergedInto, until, reason },
        withoutActor: true,
      },
    ];
  },
};

export const NOTIFYING_EVENT_TYPES = Object.keys(NOTIFICATION_RULES) as DomainEventType[];
