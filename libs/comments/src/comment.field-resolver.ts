import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UserEntity, UserModel } from '@pollen/identity';
import { IdeaModel, IdeaRow, IdeasLoader, PageArgs } from '@pollen/ideas';
import { Page, PagedConnection, RequestContext, Viewer } from '@pollen/kernel';
import { ContributorVisibility } from '@pollen/privacy';
import { CommentConnection, CommentModel } from './comment.model';
import { CommentsLoader } from './comments.loader';
import { CommentRow } from './comments.repository';
import { CommentsService } from './comments.service';

@Resolver(() => CommentModel)
export class CommentFieldResolver {
  constructor(
    private readonly comments: CommentsService,
    private readonly loader: CommentsLoader,
    private readonly visibility: ContributorVisibility,
    private readonly ideas: IdeasLoader,
  ) {}

  @ResolveField(() => UserModel, { nullable: true, description: 'null once the comment is deleted' })
  async author(@Parent() comment: CommentRow, @Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<UserEntity | null> {
    if (comment.deleted) return null;
    return this.visibility.author(ctx, viewer, { authorId: comment.authorId, challengeId: comment.challengeId, id: comment.id });
  }

  @ResolveField(() => IdeaModel)
  async idea(@Parent() comment: CommentRow, @Context() ctx: RequestContext): Promise<IdeaRow> {
    return (await this.ideas.load(ctx, comment.ideaId))!;
  }

  @ResolveField(() => CommentConnection, { description: 'Replies, oldest first' })
  @PagedConnection()
  replies(@Parent() comment: CommentRow, @Args() args: PageArgs, @Context() ctx: RequestContext): Promise<Page<CommentRow>> {
    const thread = { kind: 'replies' as const, id: comment.id };
    return args.after ? this.comments.page(thread, ctx.req.user ?? null, args) : this.loader.firstPage(ctx, thread, args.first);
  }
}
