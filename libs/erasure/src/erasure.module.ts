import { Module } from '@nestjs/common';
import { IdentityModule } from '@pollen/identity';
import { LedgerModule } from '@pollen/ledger';
import { LimitsModule } from '@pollen/limits';
import { ErasureRepository } from './erasure.repository';
import { ErasureResolver } from './erasure.resolver';
import { ErasureService } from './erasure.service';

/** Erasing an account. Imports identity, the ledger and limits; nothing imports it but the app. */
@Module({
  imports: [IdentityModule, LedgerModule, LimitsModule],
  providers: [ErasureRepository, ErasureResolver, ErasureService],
})
export class ErasureModule {}
