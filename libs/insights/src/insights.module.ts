import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { OrganizationsModule } from '@pollen/organizations';
import { OwnershipModule } from '@pollen/ownership';
import { ChallengeInsightsFieldResolver } from './challenge-insights.field-resolver';
import { ContributorInsightFieldResolver } from './contributor-insight.field-resolver';
import { IdeaInsightFieldResolver } from './idea-insight.field-resolver';
import { InsightsBucketingJob } from './insights-bucketing.job';
import { InsightsRebuildService } from './insights-rebuild.service';
import { InsightsRepository } from './insights.repository';
import { InsightsResolver } from './insights.resolver';
import { InsightsService } from './insights.service';

/**
 * Insights for a challenge's brand team: buckets kept by an outbox consumer, read by index.
 * Reads challenges, organisations (the team's roles), ideas, users and the ownership statement;
 * never imports realtime.
 */
@Module({
  imports: [ChallengesModule, IdentityModule, IdeasModule, OrganizationsModule, OwnershipModule],
  providers: [ChallengeInsightsFieldResolver, ContributorInsightFieldResolver, IdeaInsightFieldResolver, InsightsBucketingJob, InsightsRebuildService, InsightsRepository, InsightsResolver, InsightsService],
  exports: [InsightsBucketingJob, InsightsRebuildService, InsightsService],
})
export class InsightsModule {}
