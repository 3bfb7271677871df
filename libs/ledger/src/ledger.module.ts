import { Module } from '@nestjs/common';
import { LedgerAuditor } from './ledger-auditor';
import { LedgerRecorder } from './ledger.recorder';
import { LedgerRepository } from './ledger.repository';
import { LedgerSealer } from './ledger-sealer.job';
import { Pseudonyms } from './pseudonyms.service';

/**
 * The contribution ledger: policies, appending entries in the caller's transaction, sealing
 * them into per-challenge hash chains, and the pure maths of statements and verification.
 * It also keeps the pseudonyms that stand for people in it (a participant's stable label, per-challenge voter
 * commitments). Imports only the database, config and kernel; domain libraries call it, never the reverse.
 */
@Module({
  providers: [LedgerAuditor, LedgerRecorder, LedgerRepository, LedgerSealer, Pseudonyms],
  exports: [LedgerAuditor, LedgerRecorder, LedgerRepository, LedgerSealer, Pseudonyms],
})
export class LedgerModule {}
