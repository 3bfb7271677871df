import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaModel, IdeaRow } from '@pollen/ideas';
import { RequestContext } from '@pollen/kernel';
import { SentimentModel } from './sentiment.model';
import { SentimentLoader } from './sentiment.loader';
import { SentimentRow } from './sentiment.repository';

@Resolver(() => IdeaModel)
export class IdeaSentimentFieldResolver {
  constructor(private readonly loader: SentimentLoader) {}

  @ResolveField(() => SentimentModel, { nullable: true, description: 'The mood of the title and body; null until labelled (within a second or so of a change)' })
  sentiment(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<SentimentRow | null> {
    return this.loader.load(ctx, 'IDEA', idea.id);
  }
}
