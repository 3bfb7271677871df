import { Inject, Injectable, Logger } from '@nestjs/common';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { PeriodicBatchJob } from '@pollen/kernel';
import { COUNTER_FOLD_BATCH, IdeaCountersRepository } from './idea-counters.repository';

/**
 * Folds counter deltas into the ideas every COUNTER_FOLD_INTERVAL_MS (250 ms by default), so the
 * TOP and HOT orderings converge well within a second. Tallies shown to users are exact anyway.
 */
@Injectable()
export class CounterFoldJob extends PeriodicBatchJob {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly counters: IdeaCountersRepository,
  ) {
    super(new Logger(CounterFoldJob.name), 'counter fold');
  }

  /** Folds everything pending now; returns how many delta rows were folded. */
  foldNow(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return this.config.counterFoldIntervalMs;
  }

  protected batchSize(): number {
    return COUNTER_FOLD_BATCH;
  }

  protected batch(): Promise<number> {
    return this.counters.foldBatch();
  }
}
