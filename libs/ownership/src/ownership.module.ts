import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { LedgerModule } from '@pollen/ledger';
import { PrivacyModule } from '@pollen/privacy';
import { OwnershipResolver } from './ownership.resolver';
import { PartyOwnersLoader } from './party-owners.loader';
import { OwnershipService } from './ownership.service';

/**
 * Ownership statements, exports and the auditors' view of the ledger, over GraphQL. Reads the
 * ledger; never writes it (domain services do, through LedgerRecorder).
 */
@Module({
  imports: [ChallengesModule, IdentityModule, LedgerModule, PrivacyModule],
  providers: [OwnershipResolver, OwnershipService, PartyOwnersLoader],
  exports: [OwnershipService, PartyOwnersLoader],
})
export class OwnershipModule {}
