import { Module } from '@nestjs/common';
import { PrivacyModule } from '@pollen/privacy';
import { AuthorshipListeners } from './authorship-listeners.service';
import { LimitsModule } from '@pollen/limits';
import { LedgerModule } from '@pollen/ledger';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { CoAuthorshipResolver } from './co-authorship.resolver';
import { CoAuthorshipService } from './co-authorship.service';
import { CounterFoldJob } from './counter-fold.job';
import { IdeaAuthorsRepository } from './idea-authors.repository';
import { IdeaCountersRepository } from './idea-counters.repository';
import { IdeaFieldResolver } from './idea.field-resolver';
import { IdeasLoader } from './ideas.loader';
import { IdeasRepository } from './ideas.repository';
import { IdeasResolver } from './ideas.resolver';
import { ReviewBoardResolver } from './review-board.resolver';
import { ReviewBoardService } from './review-board.service';
import { IdeasService } from './ideas.service';
import { IdeaDecisionsService } from './idea-decisions.service';
import { IdeaFeedsService } from './idea-feeds.service';
import { IdeaProposalsService } from './idea-proposals.service';
import { SharedFeedPages } from './shared-feed-pages.service';

/** Ideas, their revisions, lineage, feeds, search and tallies. Never imports votes or comments. */
@Module({
  imports: [ChallengesModule, LedgerModule, IdentityModule, LimitsModule, PrivacyModule],
  providers: [AuthorshipListeners, CoAuthorshipResolver, CoAuthorshipService, IdeaAuthorsRepository, CounterFoldJob, IdeaCountersRepository, IdeaDecisionsService, IdeaFeedsService, IdeaFieldResolver, IdeaProposalsService, IdeasLoader, IdeasRepository, IdeasResolver, IdeasService, ReviewBoardResolver, ReviewBoardService, SharedFeedPages],
  exports: [AuthorshipListeners, CounterFoldJob, IdeaAuthorsRepository, IdeaCountersRepository, IdeaDecisionsService, IdeaFeedsService, IdeaProposalsService, IdeasLoader, IdeasRepository, IdeasService],
})
export class IdeasModule {}
