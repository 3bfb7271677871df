import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { LedgerVerifier, VerifyReport } from './ledger-verifier';
import { LedgerRepository } from './ledger.repository';

const PAGE = 10_000;

/** Reads a challenge's chain page by page in one snapshot and verifies it (CLI and API). */
@Injectable()
export class LedgerAuditor {
  constructor(
    private readonly db: Db,
    private readonly ledger: LedgerRepository,
  ) {}

  verify(challengeId: string): Promise<VerifyReport> {
    return this.db.transaction(async () => {
      // One snapshot: the head, the entries and the tallies as the sealer last left them together.
      await this.db.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await this.db.query('SET LOCAL statement_timeout = 0');
      const verifier = new LedgerVerifier(challengeId, new Set(await this.ledger.compensated(challengeId)));
      const head = await this.ledger.head(challengeId);
      let after: { seq: bigint; position: string } | null = null;
      for (;;) {
        const page = await this.ledger.chain(challengeId, after, PAGE);
        for (const entry of page) if (!verifier.push(entry)) return verifier.finish(head, null);
        if (page.length < PAGE) break;
        after = page[page.length - 1];
      }
      return verifier.finish(head, await this.ledger.storedTallies(challengeId), await this.ledger.policy(challengeId));
    });
  }

  challenges(): Promise<string[]> {
    return this.ledger.challengesWithLedger();
  }
}
