import { Module } from '@nestjs/common';
import { PrivacyModule } from '@pollen/privacy';
import { LimitsModule } from '@pollen/limits';
import { LedgerModule } from '@pollen/ledger';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { IdeasModule } from '@pollen/ideas';
import { CommentFieldResolver } from './comment.field-resolver';
import { IdeaCommentsFieldResolver } from './idea-comments.field-resolver';
import { CommentsLoader } from './comments.loader';
import { CommentsRepository } from './comments.repository';
import { CommentsResolver } from './comments.resolver';
import { CommentsService } from './comments.service';

/** Threaded comments on ideas. Depends on ideas, challenges and identity. */
@Module({
  imports: [ChallengesModule, LedgerModule, IdeasModule, IdentityModule, LimitsModule, PrivacyModule],
  providers: [CommentFieldResolver, CommentsLoader, CommentsRepository, CommentsResolver, CommentsService, IdeaCommentsFieldResolver],
  exports: [CommentsLoader, CommentsRepository, CommentsService],
})
export class CommentsModule {}
