import { Args, ID, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { Viewer } from '@pollen/kernel';
import { ChallengeInsightsModel, InsightBucketSize } from './insights.model';
import { InsightsService } from './insights.service';

@Resolver(() => ChallengeInsightsModel)
export class InsightsResolver {
  constructor(private readonly insights: InsightsService) {}

  @Query(() => ChallengeInsightsModel, {
    description: 'For the challenge’s brand team (OWNER or MODERATOR): figures per bucket over [from, to), at most 366 days or 260 weeks'
  })
  challengeInsights(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('from') from: Date,
    @Args('to') to: Date,
    @Args('bucket', { type: () => InsightBucketSize, defaultValue: InsightBucketSize.DAY }) bucket: InsightBucketSize,
  ): Promise<ChallengeInsightsModel> {
    return this.insights.challengeInsights(viewer, challengeId, from, to, bucket);
  }
}
