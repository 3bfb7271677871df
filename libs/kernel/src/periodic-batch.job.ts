import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';

/**
 * Background work done in batches every `intervalMs` (folding counters, sealing the ledger):
 * one pass at a time per instance, a pass runs batches until one comes back short, and
 * `runNow()` lets a caller (a test, a tool) wait for everything pending. A batch returns how
 * many items it handled, or -1 when another instance holds the work's lock.
 */
export abstract class PeriodicBatchJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;

  protected constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  protected abstract intervalMs(): number;
  protected abstract batchSize(): number;
  protected abstract batch(): Promise<number>;

  /** Starts at once (work left by a previous run is not kept waiting), then every interval. */
  onApplicationBootstrap(): void {
    const pass = () => {
      if (!this.running) void this.runNow().catch((error: Error) => this.logger.error(`${this.what} failed: ${error.message}`));
    };
    this.timer = setInterval(pass, this.intervalMs());
    this.timer.unref();
    setImmediate(pass);
  }

  /** On shutdown, one last pass: what was committed before the stop is handled now, not at the next start. */
  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
    await this.runNow().catch((error: Error) => this.logger.warn(`${this.what} at shutdown failed: ${error.message}`));
  }

  /** Handles everything pending now; returns how many items were handled. */
  runNow(): Promise<number> {
    if (this.running) return this.running.then(() => this.runNow());
    this.running = (async () => {
      let total = 0;
      for (;;) {
        const handled = await this.batch();
        if (handled < 0) return total;
        total += handled;
        if (handled < this.batchSize()) return total;
      }
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }
}
