import { Module } from '@nestjs/common';
import { LimitsModule } from '@pollen/limits';
import { LedgerModule } from '@pollen/ledger';
import { OrganizationsModule } from '@pollen/organizations';
import { ChallengeFieldResolver } from './challenge.field-resolver';
import { ChallengesLoader } from './challenges.loader';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesResolver } from './challenges.resolver';
import { ChallengesService } from './challenges.service';

/** Challenges and their lifecycle (the phase table). Depends on organisations and identity. */
@Module({
  imports: [LedgerModule, OrganizationsModule, LimitsModule],
  providers: [ChallengeFieldResolver, ChallengesLoader, ChallengesRepository, ChallengesResolver, ChallengesService],
  exports: [ChallengesLoader, ChallengesRepository, ChallengesService, LedgerModule],
})
export class ChallengesModule {}
