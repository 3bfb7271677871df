import { Args, Context, ID, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { IdeaModel, IdeaRow } from '@pollen/ideas';
import { ClientKey, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { VoteValue } from './vote-value';
import { VotesLoader } from './votes.loader';
import { VotesService } from './votes.service';

@Resolver()
export class VotesResolver {
  constructor(
    private readonly votes: VotesService,
    private readonly loader: VotesLoader,
  ) {}

  @Mutation(() => IdeaModel, { description: 'Votes on an idea; returns it with exact tallies and your vote' })
  async castVote(
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: RequestContext,
    @CurrentClient() client: ClientKey,
    @Args('ideaId', { type: () => ID }) ideaId: string,
    @Args('value', { type: () => VoteValue }) value: VoteValue,
  ): Promise<IdeaRow> {
    const idea = await this.votes.cast(requireViewer(viewer), ideaId, value, client);
    this.loader.remember(ctx, idea.id, value);
    return idea;
  }
}
