import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { CommentModel, CommentRow, CommentsLoader } from '@pollen/comments';
import { UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { IdeaModel, IdeaRow, IdeasLoader } from '@pollen/ideas';
import { RequestContext } from '@pollen/kernel';
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
    private readonly users: UsersLoader,
    private readonly challenges: ChallengesLoader,
    private readonly ideas: IdeasLoader,
    private readonly comments: CommentsLoader,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who did what this is about' })
  actor(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    return n.actorId ? this.users.load(ctx, n.actorId) : Promise.resolve(null);
  }

  @ResolveField(() => ChallengeModel, { nullable: true })
  challenge(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<ChallengeRow | null> {
    return n.challengeId ? this.challenges.load(ctx, n.challengeId) : Promise.resolve(null);
  }

  @ResolveField(() => IdeaModel, { nullable: true })
  idea(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<IdeaRow | null> {
    return n.ideaId ? this.ideas.load(ctx, n.ideaId) : Promise.resolve(null);
  }

  @ResolveField(() => CommentModel, { nullable: true, description: 'COMMENT_REPLY: the reply' })
  comment(@Parent() n: NotificationSource, @Context() ctx: RequestContext): Promise<CommentRow | null> {
    return n.commentId ? this.comments.load(ctx, n.commentId) : Promise.resolve(null);
  }
}
