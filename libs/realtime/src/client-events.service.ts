import { Injectable } from '@nestjs/common';
import { CommentsRepository } from '@pollen/comments';
import { OutboxEvent } from '@pollen/events';
import { IdeasRepository } from '@pollen/ideas';
import { isListed } from '@pollen/kernel';
import { Contribution, ContributorVisibility } from '@pollen/privacy';
import { AuthorInfo, ClientEvent, ORGANIZATION_LEFT, isClientType, isTeamOnly, toClientData, toClientEvent } from './client-event';
import type { ClientDomainType } from './client-event.map';

/** Who may receive an event that not everyone may: the team, and these users (the content's author). */
export type Restricted = Map<string, string[]>;

/** Turns outbox events into client events, with a fixed number of queries per batch. */
@Injectable()
export class ClientEventsService {
  constructor(
    private readonly ideas: IdeasRepository,
    private readonly comments: CommentsRepository,
    private readonly visibility: ContributorVisibility,
  ) {}

  /**
   * What goes to one person's room: each stored notification (`notification`, its id the
   * notification's, with the actor's name and the unread count after it), each marking read
   * (`notifications.read`, so every tab's count follows) and each removal from a team
   * (`organization.left`). Not part of a challenge's sequence (sequence 0): someone who was away
   * reads their inbox. One query per batch at most. The actor is shown as outsiders see them
   * (libs/privacy, the consent rule): the recipient entitled to their name reads it from
   * `notifications` over GraphQL.
   */
  async personal(events: OutboxEvent[]): Promise<Array<{ userId: string; event: ClientEvent }>> {
    const acts: Contribution[] = [];
    for (const event of events) {
      if (event.type === 'notifications.created') {
        for (const n of event.payload.notifications) if (n.actorId) acts.push({ authorId: n.actorId, challengeId: n.challengeId ?? '', id: actOf(n) });
      }
    }
    const actors = await this.shown(acts);
    const out: Array<{ userId: string; event: ClientEvent }> = [];
    for (const event of events) {
      if (event.type === 'notifications.created') {
        const { recipientId, unreadCount, notifications } = event.payload;
        for (const n of notifications) {
          const data = { ...n, actor: n.actorId ? (actors.get(actOf(n)) ?? null) : null, unreadCount };
          out.push({ userId: recipientId, event: { id: n.id, type: 'notification', challengeId: n.challengeId ?? '', sequence: 0, occurredAt: n.createdAt, data } });
        }
      } else if (event.type === 'notifications.read') {
        const { recipientId, ...data } = event.payload;
        out.push({ userId: recipientId, event: { id: event.id, type: 'notifications.read', challengeId: '', sequence: 0, occurredAt: new Date(event.occurredAt).toISOString(), data } });
      } else if (event.type === 'organization.memberRemoved') {
        // The gateway takes the person's sockets out of the moderation room as it delivers this, on every instance.
        const { userId, organizationId } = event.payload;
        out.push({ userId, event: { id: event.id, type: ORGANIZATION_LEFT, challengeId: '', sequence: 0, occurredAt: new Date(event.occurredAt).toISOString(), data: { organizationId } } });
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
      if (event.type === 'idea.created' || event.type === 'idea.revised') ideaIds.add(event.payload.ideaId);
      if (event.type === 'comment.created' || event.type === 'comment.edited') commentIds.add(event.payload.commentId);
    }
    const [ideas, comments] = await Promise.all([
      ideaIds.size ? this.ideas.findByIds([...ideaIds]) : [],
      commentIds.size ? this.comments.findByIds([...commentIds]) : [],
    ]);
    const hidden = new Map<string, string>();
    for (const row of [...ideas, ...comments]) if (!isListed(row.visibility)) hidden.set(row.id, row.authorId);
    const out: Restricted = new Map();
    for (const event of events) {
      if (isTeamOnly(event.type)) out.set(event.id, []);
      // An action the crowd saw nothing of (content that was not visible and is not now, a participant) stays with the team and those it concerns.
      if (event.type === 'moderation.actioned' && (event.payload.targetType === 'USER' || (event.payload.from !== 'VISIBLE' && event.payload.to !== 'VISIBLE'))) {
        out.set(event.id, event.payload.affectedUserIds ?? []);
      }
      // New or changed content not everyone may see: its author besides the team.
      const about = event.type === 'idea.created' || event.type === 'idea.revised' ? event.payload.ideaId : event.type === 'comment.created' || event.type === 'comment.edited' ? event.payload.commentId : null;
      const author = about && hidden.get(about);
      if (author) out.set(event.id, [author]);
    }
    return out;
  }

  async toClientEvents(events: OutboxEvent[]): Promise<ClientEvent[]> {
    const visible = events.filter((event): event is OutboxEvent<ClientDomainType> => event.challengeId !== null && isClientType(event.type));
    // A room's event is one payload for every reader: its author as outsiders see them (the consent rule).
    const contributions: Contribution[] = [];
    for (const event of visible) {
      const payload = event.payload as { authorId?: unknown; ideaId?: string; commentId?: string };
      if (typeof payload.authorId === 'string') contributions.push({ authorId: payload.authorId, challengeId: event.challengeId!, id: payload.commentId ?? payload.ideaId ?? event.id });
    }
    const authors = await this.shown(contributions);
    return visible.map((event) => {
      const payload = event.payload as { authorId?: unknown; ideaId?: string; commentId?: string };
      const author = typeof payload.authorId === 'string' ? authors.get(payload.commentId ?? payload.ideaId ?? event.id) : undefined;
      return toClientEvent(event, toClientData(event, new Map(author ? [[payload.authorId as string, author]] : [])));
    });
  }

  /** `{ id, displayName }` of each contribution's author as outsiders see them, by contribution id. */
  private async shown(contributions: Contribution[]): Promise<Map<string, AuthorInfo>> {
    if (contributions.length === 0) return new Map();
    const users = await this.visibility.asOutsidersSee(contributions);
    return new Map([...users].map(([id, user]) => [id, { id: user.id, displayName: user.displayName }]));
  }
}

/** The act a notification is about (the contribution its actor made): a comment, else an idea, else the notification itself. */
function actOf(n: { id: string; ideaId?: string | null; commentId?: string | null }): string {
  return n.commentId ?? n.ideaId ?? n.id;
}
