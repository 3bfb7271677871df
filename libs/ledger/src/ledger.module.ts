import { Module } from '@nestjs/common';
import { Pseudonyms } from '@pollen/identity';
import { LedgerAuditor } from './ledger-auditor';
import { LedgerRecorder } from './ledger.recorder';
import { LedgerRepository } from './ledger.repository';
import { LedgerSealer } from './ledger-sealer.job';

/**
 * The contribution ledger: policies, appending entries in the caller's transaction, sealing
 * them into per-challenge hash chains, and the pure maths of statements and verification.
 * Imports only the database, config, kernel and identity's pseudonyms; domain libraries call it, never the reverse.
 */
@Module({
  providers: [LedgerAuditor, LedgerRecorder, LedgerRepository, LedgerSealer, Pseudonyms],
  exports: [LedgerAuditor, LedgerRecorder, LedgerRepository, LedgerSealer],
})
export class LedgerModule {}
