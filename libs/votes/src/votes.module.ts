import { Module } from '@nestjs/common';
import { LimitsModule } from '@pollen/limits';
import { LedgerModule } from '@pollen/ledger';
import { ChallengesModule } from '@pollen/challenges';
import { IdeasModule } from '@pollen/ideas';
import { VoteFieldResolver } from './vote.field-resolver';
import { VotesLoader } from './votes.loader';
import { VotesRepository } from './votes.repository';
import { VotesResolver } from './votes.resolver';
import { VotesService } from './votes.service';

/** Votes on ideas. Depends on ideas and challenges; nothing depends on it but the app. */
@Module({
  imports: [ChallengesModule, LedgerModule, IdeasModule, LimitsModule],
  providers: [VoteFieldResolver, VotesLoader, VotesRepository, VotesResolver, VotesService],
  exports: [VotesService],
})
export class VotesModule {}
