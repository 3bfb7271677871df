import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, Page, PagedConnection, SIMILAR_IDEAS_LIMIT, Viewer, checkId, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { IdeaConnection, IdeaModel } from './idea.model';
import { DecideIdeaInput, IdeasArgs, ProposeIdeaInput, ReviseIdeaInput } from './idea.input';
import { IdeaRow } from './ideas.repository';
import { IdeasService } from './ideas.service';
import { IdeaDecisionsService } from './idea-decisions.service';
import { IdeaFeedsService } from './idea-feeds.service';
import { IdeaProposalsService } from './idea-proposals.service';

@Resolver(() => IdeaModel)
export class IdeasResolver {
  constructor(
    private readonly reads: IdeasService,
    private readonly feeds: IdeaFeedsService,
    private readonly proposals: IdeaProposalsService,
    private readonly decisions: IdeaDecisionsService,
  ) {}

  @Query(() => IdeaModel)
  idea(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<IdeaRow> {
    return this.reads.getVisible(checkId(id, 'id'), viewer);
  }

  @Query(() => IdeaConnection)
  @PagedConnection()
  ideas(@CurrentViewer() viewer: Viewer | null, @Args() args: IdeasArgs): Promise<Page<IdeaRow> & { eventSequence: number }> {
    return this.feeds.feed(viewer, args);
  }

  @Query(() => [IdeaModel], { description: 'Ideas whose titles are most like `text`, to build on instead of duplicating' })
  @BoundedList(SIMILAR_IDEAS_LIMIT)
  similarIdeas(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('text') text: string,
  ): Promise<IdeaRow[]> {
    return this.feeds.similar(viewer, challengeId, text);
  }

  @Mutation(() => IdeaModel)
  proposeIdea(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ProposeIdeaInput): Promise<IdeaRow> {
    return this.proposals.propose(requireViewer(viewer), input, client);
  }

  @Mutation(() => IdeaModel)
  reviseIdea(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ReviseIdeaInput): Promise<IdeaRow> {
    return this.proposals.revise(requireViewer(viewer), input, client);
  }

  @Mutation(() => IdeaModel, { description: 'Shortlists, adopts or rejects an idea, with a reason (brand team, REVIEW phase)' })
  decideIdea(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: DecideIdeaInput): Promise<IdeaRow> {
    return this.decisions.decide(requireViewer(viewer), input, client);
  }
}
