import { Injectable } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { UsersRepository } from '@pollen/identity';
import type { NotificationsCreatedPayload, NotificationsReadPayload } from '@pollen/notifications';
import { IdeasRepository } from '@pollen/ideas';
import { AuthorInfo, CLIENT_EVENT_TYPES, ClientEvent, Tally, toClientData, toClientEvent } from './client-event';

/** Turns outbox events into client events, with a fixed number of queries per batch. */
@Injectable()
export class ClientEventsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly ideas: IdeasRepository,
  ) {}

  /**
   * What goes to one person's room: each stored notification (`notification`, its id the
   * notification's, with the actor's name and the unread count after it) and each marking read
   * (`notifications.read`, so every tab's count follows). Not part of a challenge's sequence
   * (sequence 0): someone who was away reads their inbox. One query per batch at most.
   */
  async personal(events: OutboxEvent[]): Promise<Array<{ userId: string; event: ClientEvent }>> {
    const created = events.filter((event) => event.type === 'notifications.created');
    const actorIds = new Set<string>();
    for (const event of created) {
      for (const n of (event.payload as unknown as NotificationsCreatedPayload).notifications) if (n.actorId) actorIds.add(n.actorId);
    }
    const actors = await this.authors([...actorIds]);
    const out: Array<{ userId: string; event: ClientEvent }> = [];
    for (const event of events) {
      if (event.type === 'notifications.created') {
        const { recipientId, unreadCount, notifications } = event.payload as unknown as NotificationsCreatedPayload;
        for (const n of notifications) {
          const data = { ...n, actor: n.actorId ? (actors.get(n.actorId) ?? null) : null, unreadCount };
          out.push({ userId: recipientId, event: { id: n.id, type: 'notification', challengeId: n.challengeId ?? '', sequence: 0, occurredAt: n.createdAt, data } });
        }
      } else if (event.type === 'notifications.read') {
        const { recipientId, ...data } = event.payload as unknown as NotificationsReadPayload;
        out.push({ userId: recipientId, event: { id: event.id, type: 'notifications.read', challengeId: '', sequence: 0, occurredAt: new Date(event.occurredAt).toISOString(), data } });
      }
    }
    return out;
  }

  async toClientEvents(events: OutboxEvent[]): Promise<ClientEvent[]> {
    const visible = events.filter((event) => event.challengeId && CLIENT_EVENT_TYPES.has(event.type));
    const authorIds = new Set<string>();
    const votedIdeas = new Set<string>();
    for (const event of visible) {
      if (typeof event.payload.authorId === 'string') authorIds.add(event.payload.authorId);
      if (event.type === 'idea.voted') votedIdeas.add(event.payload.ideaId as string);
    }
    const [authors, tallies] = await Promise.all([this.authors([...authorIds]), this.tallies([...votedIdeas])]);
    return visible.map((event) => toClientEvent(event, toClientData(event, authors, tallies)));
  }

  async tallies(ideaIds: string[]): Promise<Map<string, Tally>> {
    if (ideaIds.length === 0) return new Map();
    const rows = await this.ideas.findByIds(ideaIds);
    return new Map(rows.map((row) => [row.id, { ideaId: row.id, score: row.score, upvotes: row.upvotes, downvotes: row.downvotes }]));
  }

  private async authors(ids: string[]): Promise<Map<string, AuthorInfo>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users.findByIds(ids);
    return new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.displayName }]));
  }
}
