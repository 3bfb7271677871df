import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { LedgerModule } from '@pollen/ledger';
import { OwnershipResolver } from './ownership.resolver';
import { OwnershipService } from './ownership.service';

/**
 * Ownership statements, exports and the auditors' view of the ledger, over GraphQL. Reads the
 * ledger; never writes it (domain services do, through LedgerRecorder).
 */
@Module({
  imports: [ChallengesModule, IdentityModule, LedgerModule],
  providers: [OwnershipResolver, OwnershipService],
  exports: [OwnershipService],
})
export class OwnershipModule {}
