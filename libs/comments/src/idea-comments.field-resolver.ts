import { Args, Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaModel, IdeaRow, PageArgs } from '@pollen/ideas';
import { Page, PagedConnection, RequestContext } from '@pollen/kernel';
import { CommentConnection } from './comment.model';
import { CommentsLoader } from './comments.loader';
import { CommentRow } from './comments.repository';
import { CommentsService } from './comments.service';

@Resolver(() => IdeaModel)
export class IdeaCommentsFieldResolver {
  constructor(
    private readonly service: CommentsService,
    private readonly loader: CommentsLoader,
  ) {}

  @ResolveField(() => CommentConnection, { description: 'Top-level comments, oldest first; replies hang under each' })
  @PagedConnection()
  comments(@Parent() idea: IdeaRow, @Args() args: PageArgs, @Context() ctx: RequestContext): Promise<Page<CommentRow> & { eventSequence?: number | null }> {
    const thread = { kind: 'idea' as const, id: idea.id };
    return args.after ? this.service.page(thread, ctx.req.user ?? null, args) : this.loader.firstPage(ctx, thread, args.first);
  }
}
