import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { COUNTER_FOLD_BATCH, IdeaCountersRepository } from './idea-counters.repository';

/**
 * Folds counter deltas into the ideas every COUNTER_FOLD_INTERVAL_MS (250 ms by default), so the
 * TOP and HOT orderings converge well within a second. Tallies shown to users are exact anyway.
 */
@Injectable()
export class CounterFoldJob implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(CounterFoldJob.name);
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly counters: IdeaCountersRepository,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.running) void this.foldNow().catch((error: Error) => this.logger.error(`counter fold failed: ${error.message}`));
    }, this.config.counterFoldIntervalMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** Folds everything pending now; returns how many delta rows were folded. */
  foldNow(): Promise<number> {
    if (this.running) return this.running.then(() => this.foldNow());
    this.running = (async () => {
      let total = 0;
      for (;;) {
        const folded = await this.counters.foldBatch();
        if (folded < 0) return total; // another instance is folding
        total += folded;
        if (folded < COUNTER_FOLD_BATCH) return total;
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
