import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaModel, IdeaRow } from '@pollen/ideas';
import { RequestContext } from '@pollen/kernel';
import { VoteValue } from './vote-value';
import { VotesLoader } from './votes.loader';

@Resolver(() => IdeaModel)
export class VoteFieldResolver {
  constructor(private readonly votes: VotesLoader) {}

  @ResolveField(() => VoteValue, { description: "The viewer's own vote; NONE when anonymous or not voted" })
  viewerVote(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<VoteValue> {
    return this.votes.viewerVote(ctx, idea.id);
  }
}
