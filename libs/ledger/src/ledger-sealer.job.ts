import { Inject, Injectable, Logger } from '@nestjs/common';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ADVISORY_LOCKS, Db } from '@pollen/database';
import { PeriodicBatchJob } from '@pollen/kernel';
import { GENESIS_HASH, entryHash } from './ledger-hash.util';
import { LedgerRepository } from './ledger.repository';
import { batchDelta } from './ownership-tallies';
import { UnsealedEntry } from './ledger-entry';

export const SEAL_BATCH = 5_000;

/**
 * A batch of votes and licence acceptances in chain order: by entry id (random, so the order
 * says nothing of when or by whom), compensations after the entries they may cancel.
 */
export function inBatchOrder<T extends Pick<UnsealedEntry, 'id' | 'compensates'>>(entries: T[]): T[] {
  const byId = (a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return [...entries.filter((e) => !e.compensates).sort(byId), ...entries.filter((e) => e.compensates).sort(byId)];
}

/**
 * Chains committed ledger entries. Writers append entries with no hash, so the chain is never a
 * lock on the vote path; every LEDGER_SEAL_INTERVAL_MS one sealer per database (an advisory
 * lock) takes a batch of unsealed entries in append order, gives each its challenge's next
 * `seq` (its number in the chain) and the hash over the previous one, moves the heads and adds the batch to the
 * statement tallies, in one transaction. Entries are sealed in the order they became visible,
 * which is their chain order; an entry never changes once sealed. Votes and licence acceptances
 * (BATCHED_KINDS) wait until the oldest of their challenge is LEDGER_VOTE_BATCH_MS old, and are
 * then chained together after the batch's other entries, in `inBatchOrder`.
 */
@Injectable()
export class LedgerSealer extends PeriodicBatchJob {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly ledger: LedgerRepository,
  ) {
    super(new Logger(LedgerSealer.name), 'ledger sealing');
  }

  /** Seals everything committed now; returns how many entries were sealed. */
  sealNow(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return this.config.ledgerSealIntervalMs;
  }

  protected batchSize(): number {
    return SEAL_BATCH;
  }

  protected batch(): Promise<number> {
    return this.sealBatch();
  }

  private sealBatch(): Promise<number> {
    return this.db.soleBatch(ADVISORY_LOCKS.LEDGER_SEAL, async () => {
      const immediate = await this.ledger.unsealed(SEAL_BATCH);
      const batch = [...immediate, ...inBatchOrder(await this.ledger.dueBatches(this.config.ledgerVoteBatchMs, SEAL_BATCH, this.config.ledgerVoteMinVoters, this.config.ledgerVoteMaxWaitMs))];
      if (!batch.length) return 0;
      const byChallenge = new Map<string, Array<UnsealedEntry & { position: string }>>();
      for (const entry of batch) {
        const list = byChallenge.get(entry.challengeId) ?? [];
        list.push(entry);
        byChallenge.set(entry.challengeId, list);
      }
      const heads = await this.ledger.heads([...byChallenge.keys()]);
      const sealed: Array<{ position: string; seq: bigint; prevHash: string; hash: string }> = [];
      for (const [challengeId, entries] of byChallenge) {
        let { seq, hash } = heads.get(challengeId) ?? { seq: 0n, hash: GENESIS_HASH };
        for (const entry of entries) {
          seq += 1n;
          const next = entryHash(hash, entry, seq);
          sealed.push({ position: entry.position, seq, prevHash: hash, hash: next });
          hash = next;
        }
        heads.set(challengeId, { seq, hash });
        const { delta, defaultsOnly } = batchDelta(entries);
        await this.ledger.addTallies(challengeId, delta, defaultsOnly);
      }
      await this.ledger.seal(sealed);
      await this.ledger.moveHeads(new Map([...heads].filter(([id]) => byChallenge.has(id))));
      return batch.length;
    });
  }
}
