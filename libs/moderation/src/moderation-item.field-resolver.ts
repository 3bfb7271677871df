import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentModel, CommentRow } from '@pollen/comments';
import { UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { IdeaModel, IdeaRow, IdeasLoader } from '@pollen/ideas';
import { BoundedList, PagedList, PollenError, RequestContext } from '@pollen/kernel';
import { SentimentLoader, SentimentModel, SentimentRow } from '@pollen/sentiment';
import { ItemRow } from './moderation-items.repository';
import { ModerationLoader } from './moderation.loader';
import { ActionRow } from './moderation-log.repository';
import { ModerationActionModel, ModerationCountsModel, ModerationItemModel, ModerationQueueModel, QueueShape, ReasonCountModel, ReportModel } from './moderation.model';
import { ModerationTargetType, ReportReason } from './moderation.enums';
import { ModerationQueueService } from './moderation-queue.service';

const REPORTS_PER_ITEM_MAX = 20;

@Resolver(() => ModerationQueueModel)
export class ModerationQueueFieldResolver {
  constructor(private readonly queue: ModerationQueueService) {}

  @ResolveField(() => ModerationCountsModel, { description: 'Items per state, for the organisation (or the filtered challenge)' })
  counts(@Parent() page: QueueShape): Promise<Record<string, number>> {
    return this.queue.counts(page.organizationId, page.challengeId);
  }
}

@Resolver(() => ModerationItemModel)
export class ModerationItemFieldResolver {
  constructor(
    private readonly loader: ModerationLoader,
    private readonly ideas: IdeasLoader,
    private readonly users: UsersLoader,
    private readonly sentiments: SentimentLoader,
  ) {}

  @ResolveField(() => [ReasonCountModel], { description: 'Open reports per reason' })
  @BoundedList(Object.keys(ReportReason).length)
  reasons(@Parent() item: ItemRow): ReasonCountModel[] {
    return Object.entries(item.reasons)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => ({ reason: reason as ReportReason, count }));
  }

  @ResolveField(() => [ReportModel], { description: 'The latest open reports (reporters are not named)' })
  @PagedList(5)
  async reports(@Parent() item: ItemRow, @Args('first', { type: () => Int, defaultValue: 5 }) first: number, @Context() ctx: RequestContext): Promise<ReportModel[]> {
    if (first < 1 || first > REPORTS_PER_ITEM_MAX) throw PollenError.badInput('first', `must be between 1 and ${REPORTS_PER_ITEM_MAX}`);
    return this.loader.reports(ctx, item.id, first);
  }

  @ResolveField(() => IdeaModel, { nullable: true, description: 'The idea (an IDEA item) or the idea of the comment' })
  async idea(@Parent() item: ItemRow, @Context() ctx: RequestContext): Promise<IdeaRow | null> {
    if (item.targetType === ModerationTargetType.USER) return null;
    if (item.targetType === ModerationTargetType.IDEA) return this.ideas.load(ctx, item.targetId);
    const comment = await this.loader.comment(ctx, item.targetId);
    return comment ? this.ideas.load(ctx, comment.ideaId) : null;
  }

  @ResolveField(() => CommentModel, { nullable: true })
  async comment(@Parent() item: ItemRow, @Context() ctx: RequestContext): Promise<CommentRow | null> {
    if (item.targetType !== ModerationTargetType.COMMENT) return null;
    return this.loader.comment(ctx, item.targetId);
  }

  @ResolveField(() => UserModel, { nullable: true, description: 'The author of the content, or the reported participant' })
  author(@Parent() item: ItemRow, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    return item.authorId ? this.users.load(ctx, item.authorId) : Promise.resolve(null);
  }

  @ResolveField(() => SentimentModel, { nullable: true, description: 'The mood of the idea or comment (libs/sentiment); null for a participant, or until labelled' })
  sentiment(@Parent() item: ItemRow, @Context() ctx: RequestContext): Promise<SentimentRow | null> {
    if (item.targetType === ModerationTargetType.USER) return Promise.resolve(null);
    return this.sentiments.load(ctx, item.targetType === ModerationTargetType.IDEA ? 'IDEA' : 'COMMENT', item.targetId);
  }
}

@Resolver(() => ModerationActionModel)
export class ModerationActionFieldResolver {
  constructor(private readonly users: UsersLoader) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'Who acted (null: Pollen itself, for automatic holds and pre-moderation)' })
  actor(@Parent() action: ActionRow, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    return action.actorId ? this.users.load(ctx, action.actorId) : Promise.resolve(null);
  }
}
