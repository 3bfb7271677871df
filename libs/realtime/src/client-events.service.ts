import { Injectable } from '@nestjs/common';
import { CommentsRepository } from '@pollen/comments';
import { OutboxEvent } from '@pollen/events';
import { UsersRepository } from '@pollen/identity';
import { IdeasRepository } from '@pollen/ideas';
import { AuthorInfo, CLIENT_EVENT_TYPES, ClientEvent, toClientData, toClientEvent } from './client-event';

/** Turns outbox events into client events, with a fixed number of queries per batch. */
@Injectable()
export class ClientEventsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly ideas: IdeasRepository,
    private readonly comments: CommentsRepository,
  ) {}

  /**
   * Personal notifications carried by a batch: a reply to someone's comment, an idea built on
   * someone's idea, the brand's decision on someone's idea. Never to the person who acted. Two queries per batch at most.
   */
  async notifications(events: ClientEvent[], actors: Map<string, string | null>): Promise<Array<{ userId: string; event: ClientEvent }>> {
    const parentComments = new Set<string>();
    const parentIdeas = new Set<string>();
    for (const event of events) {
      if (event.type === 'comment.created' && typeof event.data.parentId === 'string') parentComments.add(event.data.parentId);
      if (event.type === 'idea.created') (event.data.buildsOn as string[] | undefined)?.forEach((id) => parentIdeas.add(id));
    }
    const [comments, ideas] = await Promise.all([
      parentComments.size ? this.comments.authorsOf([...parentComments]) : [],
      parentIdeas.size ? this.ideas.findByIds([...parentIdeas]) : [],
    ]);
    const commentAuthor = new Map(comments.map((row) => [row.id, row.authorId]));
    const ideaAuthor = new Map(ideas.map((row) => [row.id, row.authorId]));
    const out: Array<{ userId: string; event: ClientEvent }> = [];
    const notify = (userId: string | undefined, source: ClientEvent, kind: string) => {
      if (userId && userId !== actors.get(source.id)) {
        out.push({ userId, event: { ...source, type: 'notification', data: { kind, ...source.data } } });
      }
    };
    for (const event of events) {
      if (event.type === 'comment.created' && typeof event.data.parentId === 'string') {
        notify(commentAuthor.get(event.data.parentId), event, 'comment.reply');
      }
      if (event.type === 'idea.created') {
        const owners = new Set(((event.data.buildsOn as string[] | undefined) ?? []).map((id) => ideaAuthor.get(id)));
        owners.forEach((userId) => notify(userId, event, 'idea.builtUpon'));
      }
      if (event.type === 'idea.statusChanged') notify((event.data.author as AuthorInfo | null)?.id, event, 'idea.statusChanged');
    }
    return out;
  }

  async toClientEvents(events: OutboxEvent[]): Promise<ClientEvent[]> {
    const visible = events.filter((event) => event.challengeId && CLIENT_EVENT_TYPES.has(event.type));
    const authorIds = new Set<string>();
    for (const event of visible) if (typeof event.payload.authorId === 'string') authorIds.add(event.payload.authorId);
    const authors = await this.authors([...authorIds]);
    return visible.map((event) => toClientEvent(event, toClientData(event, authors)));
  }

  private async authors(ids: string[]): Promise<Map<string, AuthorInfo>> {
    if (ids.length === 0) return new Map();
    const rows = await this.users.findByIds(ids);
    return new Map(rows.map((row) => [row.id, { id: row.id, displayName: row.displayName }]));
  }
}
