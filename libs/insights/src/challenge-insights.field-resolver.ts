import { Args, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { PagedList, Viewer } from '@pollen/kernel';
import { ChallengeInsightsModel, ContributorInsightModel, IdeaInsightModel } from './insights.model';
import { IdeaTotals } from './insights.repository';
import { INSIGHT_RANKING_DEFAULT, INSIGHT_RANKING_MAX, InsightsService } from './insights.service';

const FIRST = { type: () => Int, nullable: true, description: `1 to ${INSIGHT_RANKING_MAX} (default ${INSIGHT_RANKING_DEFAULT})` };

/** The rankings of the insights: asked for only when selected, each one index range. */
@Resolver(() => ChallengeInsightsModel)
export class ChallengeInsightsFieldResolver {
  constructor(private readonly insights: InsightsService) {}

  @ResolveField(() => [IdeaInsightModel], { description: 'Ideas with the most comments standing (over the whole challenge)' })
  @PagedList(INSIGHT_RANKING_DEFAULT)
  mostDiscussed(@Parent() parent: ChallengeInsightsModel, @Args('first', FIRST) first?: number | null): Promise<IdeaTotals[]> {
    return this.insights.mostDiscussed(parent.challengeId, first);
  }

  @ResolveField(() => [IdeaInsightModel], { description: 'Ideas with many votes both ways: ranked by the smaller side, then by all votes (over the whole challenge)' })
  @PagedList(INSIGHT_RANKING_DEFAULT)
  mostDivisive(@Parent() parent: ChallengeInsightsModel, @Args('first', FIRST) first?: number | null): Promise<IdeaTotals[]> {
    return this.insights.mostDivisive(parent.challengeId, first);
  }

  @ResolveField(() => [ContributorInsightModel], { description: 'Participants with the most ledger points (the ownership statement’s order)' })
  @PagedList(INSIGHT_RANKING_DEFAULT)
  topContributors(@Parent() parent: ChallengeInsightsModel, @CurrentViewer() viewer: Viewer | null, @Args('first', FIRST) first?: number | null): Promise<ContributorInsightModel[]> {
    return this.insights.topContributors(viewer, parent.challengeId, first);
  }
}
