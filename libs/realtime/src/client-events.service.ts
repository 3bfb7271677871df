import { Injectable } from '@nestjs/common';
import { CommentsRepository } from '@pollen/comments';
import { OutboxEvent } from '@pollen/events';
import { UsersRepository } from '@pollen/identity';
import { IdeasRepository } from '@pollen/ideas';
import { isListed } from '@pollen/kernel';
import { AuthorInfo, CLIENT_EVENT_TYPES, ClientEvent, TEAM_ONLY_TYPES, Tally, toClientData, toClientEvent } from './client-event';

/** Who may receive an event that not everyone may: the team, and these users (the content's author). */
export type Restricted = Map<string, string[]>;

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

  /** Moderation's notifications: each affected author is told what was done and why (never the moderator who acted). */
  moderationNotifications(events: OutboxEvent[], clientEvents: ClientEvent[]): Array<{ userId: string; event: ClientEvent }> {
    const byId = new Map(clientEvents.map((event) => [event.id, event]));
    const out: Array<{ userId: string; event: ClientEvent }> = [];
    for (const source of events) {
      const event = byId.get(source.id);
      if (source.type !== 'moderation.actioned' || !event) continue;
      for (const userId of (source.payload.affectedUserIds as string[] | undefined) ?? []) {
        if (userId !== source.actorId) out.push({ userId, event: { ...event, type: 'notification', data: { kind: 'moderation.actioned', ...event.data } } });
      }
    }
    return out;
  }

  /**
   * The visibility rule for events: an event about content that everyone may not see now (held,
   * pending, hidden, refused, merged) goes to the team and the content's author only, live and in
   * catch-up; so do team-only events (reports). Two queries per batch at most.
   */
  async restricted(events: OutboxEvent[]): Promise<Restricted> {
    const ideaIds = new Set<string>();
    const commentIds = new Set<string>();
    for (const event of events) {
      if (event.type === 'idea.created' || event.type === 'idea.revised') ideaIds.add(event.payload.ideaId as string);
      if (event.type === 'comment.created' || event.type === 'comment.edited') commentIds.add(event.payload.commentId as string);
    }
    const [ideas, comments] = await Promise.all([
      ideaIds.size ? this.ideas.findByIds([...ideaIds]) : [],
      commentIds.size ? this.comments.findByIds([...commentIds]) : [],
    ]);
    const hidden = new Map<string, string>();
    for (const row of [...ideas, ...comments]) if (!isListed(row.visibility)) hidden.set(row.id, row.authorId);
    const out: Restricted = new Map();
    for (const event of events) {
      if (TEAM_ONLY_TYPES.has(event.type)) out.set(event.id, []);
      // An action the crowd saw nothing of (content that was not visible and is not now, a participant) stays with the team and those it concerns.
      if (event.type === 'moderation.actioned' && (event.payload.targetType === 'USER' || (event.payload.from !== 'VISIBLE' && event.payload.to !== 'VISIBLE'))) {
        out.set(event.id, (event.payload.affectedUserIds as string[] | undefined) ?? []);
      }
      const about = event.type.startsWith('idea.') ? (event.payload.ideaId as string) : (event.payload.commentId as string);
      const author = hidden.get(about);
      if (author && (event.type.endsWith('.created') || event.type.endsWith('.revised') || event.type.endsWith('.edited'))) out.set(event.id, [author]);
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
