import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { CommentModel, CommentRow, CommentsLoader } from '@pollen/comments';
import { UserEntity, UserModel } from '@pollen/identity';
import { IdeaModel, IdeaRow, IdeasLoader } from '@pollen/ideas';
import { RequestContext, canOpen, viewerOf } from '@pollen/kernel';
import { ContributorVisibility } from '@pollen/privacy';
import { NotificationModel } from './notification.model';
import { NotificationView, notificationView } from './notification-view';
import { NotificationRow } from './notifications.repository';

/** What the Notification type is resolved from: the view, with dates as dates. */
export type NotificationSource = Omit<NotificationView, 'createdAt' | 'readAt'> & { createdAt: Date; readAt: Date | null };

export function notificationSource(row: NotificationRow): NotificationSource {
  return { ...notificationView(row), createdAt: row.createdAt, readAt: row.readAt };
}

/** Links are read when the notification is: a revised title or a deleted comment shows as it is now. */
@Resolver(() => NotificationModel)
export class NotificationFieldResolver {
  constructor(
    private readonly challenges: ChallengesLoader,
    private readonly ideas: IdeasLoader,
    private readonly comments: CommentsLoader,
    private readonly visibility: ContributorVisibility,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did what this is about, as the reader may see them (a pseudonym unless the actor chose to be named or the reader is on the brand team)' })
  actor(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    if (!n.actorId) return Promise.resolve(null);
    // The act is the actor's contribution: a comment, else an idea, else the notification itself.
    return this.visibility.author(ctx, viewerOf(ctx), { authorId: n.actorId, challengeId: n.challengeId ?? '', id: n.commentId ?? n.ideaId ?? n.id });
  }

  @ResolveField(() => ChallengeModel, { nullable: true })
  challenge(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<ChallengeRow | null> {
    return n.challengeId ? this.challenges.load(ctx, n.challengeId) : Promise.resolve(null);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The idea it is about, while the reader may open it (null once held or hidden, unless theirs)' })
  async idea(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<IdeaRow | null> {
    return openable(ctx, n.ideaId ? await this.ideas.load(ctx, n.ideaId) : null);
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'COMMENT_REPLY: the reply, while the reader may open it (as the idea)' })
  async comment(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<CommentRow | null> {
    return openable(ctx, n.commentId ? await this.comments.load(ctx, n.commentId) : null);
  }
}

/**
 * The visibility rule on a notification's links: a reply or an idea that waits for approval, or
 * was held or hidden since, is not shown through someone else's inbox; its author still sees it.
 */
function openable<T extends { authorId: string; visibility: string }>(ctx: RequestContext, row: T | null): T | null {
  return row && canOpen(row.visibility, row.authorId === viewerOf(ctx)?.userId, false) ? row : null;
}
