import { Injectable } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { UsersRepository } from '@pollen/identity';
import { IdeasRepository } from '@pollen/ideas';
import { AuthorInfo, CLIENT_EVENT_TYPES, ClientEvent, Tally, toClientData, toClientEvent } from './client-event';

/** Turns outbox events into client events, with a fixed number of queries per batch. */
@Injectable()
export class ClientEventsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly ideas: IdeasRepository,
  ) {}

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
