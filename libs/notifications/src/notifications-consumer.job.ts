import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { CommentsRepository } from '@pollen/comments';
import { DomainEventRecorder, OutboxConsumerJob, OutboxConsumerRuntime, OutboxEvent } from '@pollen/events';
import { IdeaAuthorsRepository } from '@pollen/ideas';
import { NOTIFICATIONS_PER_USER_MAX } from './notification-kind';
import { NOTIFICATION_RULES, NOTIFYING_EVENT_TYPES, RecipientLookups } from './notification-rules';
import { NotificationsCreatedPayload, notificationView } from './notification-view';
import { NewNotification, NotificationRow, NotificationsRepository } from './notifications.repository';

/**
 * Writes the inbox from the outbox, off the request path: each batch of events becomes
 * notification rows (NOTIFICATION_RULES), the recipients' inboxes are kept to their bound, and
 * one `notifications.created` event per recipient is recorded for the relay to push, all in the
 * batch's transaction with the consumer's checkpoint: every event notifies exactly once.
 * Starts from the outbox's end: a new installation does not notify people of the past.
 */
@Injectable()
export class NotificationsConsumer extends OutboxConsumerJob {
  constructor(
    runtime: OutboxConsumerRuntime,
    private readonly notifications: NotificationsRepository,
    private readonly comments: CommentsRepository,
    private readonly ideaAuthors: IdeaAuthorsRepository,
    private readonly events: DomainEventRecorder,
  ) {
    super(runtime, { name: 'notifications', types: NOTIFYING_EVENT_TYPES, start: 'now' });
  }

  protected async handle(events: OutboxEvent[]): Promise<void> {
    const look = this.lookups();
    const drafts = (await Promise.all(events.map((event) => this.draft(event, look)))).flat();
    const rows = await this.notifications.insertMany(drafts);
    if (rows.length === 0) return;
    const byRecipient = new Map<string, NotificationRow[]>();
    for (const row of rows) byRecipient.set(row.recipientId, [...(byRecipient.get(row.recipientId) ?? []), row]);
    const recipients = [...byRecipient.keys()];
    await this.notifications.prune(recipients, NOTIFICATIONS_PER_USER_MAX);
    const unread = await this.notifications.unreadCounts(recipients);
    for (const [recipientId, mine] of byRecipient) {
      const payload: NotificationsCreatedPayload = { recipientId, unreadCount: unread.get(recipientId) ?? 0, notifications: mine.map(notificationView) };
      await this.events.record({ type: 'notifications.created', challengeId: null, aggregateId: recipientId, actorId: null, payload: { ...payload } });
    }
  }

  /** The event's notifications, one per recipient and kind, never to the person who acted. */
  private async draft(event: OutboxEvent, look: RecipientLookups): Promise<NewNotification[]> {
    const rule = NOTIFICATION_RULES[event.type];
    if (!rule) return [];
    const out = new Map<string, NewNotification>();
    for (const intent of await rule(event, look)) {
      for (const recipientId of intent.recipients) {
        if (recipientId === event.actorId) continue;
        out.set(`${recipientId}:${intent.kind}`, {
          recipientId,
          kind: intent.kind,
          eventId: event.id,
          challengeId: event.challengeId,
          ideaId: intent.ideaId ?? null,
          commentId: intent.commentId ?? null,
          actorId: intent.withoutActor ? null : event.actorId,
          data: intent.data ?? {},
        });
      }
    }
    return [...out.values()];
  }

  /** Loaders shared by the rules of one batch (made per batch: nothing outlives it, nothing goes stale). */
  private lookups(): RecipientLookups {
    const commentAuthors = new DataLoader<string, string | null>(async (ids) => {
      const rows = await this.comments.authorsOf(ids);
      const byId = new Map(rows.map((row) => [row.id, row.authorId]));
      return ids.map((id) => byId.get(id) ?? null);
    });
    const ideaAuthors = new DataLoader<string, string[]>(async (ids) => {
      const rows = await this.ideaAuthors.listMany(ids);
      return ids.map((id) => rows.filter((row) => row.ideaId === id && row.accepted).map((row) => row.userId));
    });
    return { commentAuthor: (id) => commentAuthors.load(id), ideaAuthors: (id) => ideaAuthors.load(id) };
  }
}
