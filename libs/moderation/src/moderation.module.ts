import { Global, Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { CommentsModule } from '@pollen/comments';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { CONTENT_SCREEN } from '@pollen/kernel';
import { LedgerModule } from '@pollen/ledger';
import { LimitsModule } from '@pollen/limits';
import { SentimentModule } from '@pollen/sentiment';
import { OrganizationsModule } from '@pollen/organizations';
import { ContentScreenService } from './content-screen.service';
import { MergeService } from './merge.service';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationContentRepository } from './moderation-content.repository';
import { ModerationActionFieldResolver, ModerationItemFieldResolver, ModerationQueueFieldResolver } from './moderation-item.field-resolver';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ModerationLogRepository } from './moderation-log.repository';
import { ModerationPermissionPolicy } from './moderation-permission.policy';
import { ModerationQueueService } from './moderation-queue.service';
import { ModerationRulesRepository } from './moderation-rules.repository';
import { ModerationStateService } from './moderation-state.service';
import { ModerationLoader } from './moderation.loader';
import { ModerationResolver } from './moderation.resolver';
import { NegativeContentJob } from './negative-content.job';
import { ReportsService } from './reports.service';

/**
 * Moderation: reports, holds, pre-moderation, word and link rules, the queue, the team's actions,
 * merges, suspensions and the append-only log. Global only for CONTENT_SCREEN, which ideas and
 * comments (below it) ask before writing text. Never imports realtime: it records outbox events.
 */
@Global()
@Module({
  imports: [IdentityModule, OrganizationsModule, ChallengesModule, LedgerModule, IdeasModule, CommentsModule, LimitsModule, SentimentModule],
  providers: [
    ContentScreenService,
    { provide: CONTENT_SCREEN, useExisting: ContentScreenService },
    MergeService,
    NegativeContentJob,
    ModerationActionsService,
    ModerationContentRepository,
    ModerationItemsRepository,
    ModerationLoader,
    ModerationLogRepository,
    ModerationPermissionPolicy,
    ModerationQueueService,
    ModerationRulesRepository,
    ModerationStateService,
    ModerationResolver,
    ModerationQueueFieldResolver,
    ModerationItemFieldResolver,
    ModerationActionFieldResolver,
    ReportsService,
  ],
  exports: [CONTENT_SCREEN, ModerationActionsService, ReportsService, MergeService, ModerationQueueService, NegativeContentJob],
})
export class ModerationModule {}
