import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CommentModel, CommentRow } from '@pollen/comments';
import { RequestContext } from '@pollen/kernel';
import { SentimentModel } from './sentiment.model';
import { SentimentLoader } from './sentiment.loader';
import { SentimentRow } from './sentiment.repository';

@Resolver(() => CommentModel)
export class CommentSentimentFieldResolver {
  constructor(private readonly loader: SentimentLoader) {}

  @ResolveField(() => SentimentModel, { nullable: true, description: 'The mood of the comment; null until labelled, and once deleted' })
  async sentiment(@Parent() comment: CommentRow, @Context() ctx: RequestContext): Promise<SentimentRow | null> {
    return comment.deleted ? null : this.loader.load(ctx, 'COMMENT', comment.id);
  }
}
