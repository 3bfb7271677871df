import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { IdeaModel, IdeaRow } from '@pollen/ideas';
import { AnswerFromRow, RequestContext } from '@pollen/kernel';
import { VoteValue, voteValueOf } from './vote-value';
import { VotesLoader } from './votes.loader';

@Resolver(() => IdeaModel)
export class VoteFieldResolver {
  constructor(private readonly votes: VotesLoader) {}

  /** A shared feed page's row carries the reader's vote (read with its live tallies); any other row loads it, batched. */
  @ResolveField(() => VoteValue, { description: "The viewer's own vote; NONE when anonymous or not voted" })
  @AnswerFromRow((idea: IdeaRow) => (idea.viewerVote === undefined ? undefined : voteValueOf(idea.viewerVote)))
  viewerVote(@Parent() idea: IdeaRow, @Context() ctx: RequestContext): Promise<VoteValue> {
    return this.votes.viewerVote(ctx, idea.id);
  }
}
