import { Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { shutdownStep } from './shutdown-steps';

/**
 * Background work done in batches every `intervalMs` (folding counters, sealing the ledger,
 * consuming the outbox): one pass at a time per instance, a pass runs batches until one comes
 * back short, and `runNow()` lets a caller (a test, a tool) wait for everything pending. A batch
 * returns how many items it handled, or -1 when another instance holds the work's lock.
 * `wake()` asks for a pass soon (a notification arrived): wakes are coalesced into at most one
 * pass per `minGapMs`, however many arrive.
 */
export abstract class PeriodicBatchJob implements OnApplicationBootstrap, OnModuleDestroy {
  private timer: NodeJS.Timeout | null = null;
  private wakeTimer: NodeJS.Timeout | null = null;
  private running: Promise<number> | null = null;
  private again = false;
  private stopped = false;
  private lastPassAt = 0;

  protected constructor(
    private readonly logger: Logger,
    private readonly what: string,
  ) {}

  protected abstract intervalMs(): number;
  protected abstract batchSize(): number;
  protected abstract batch(): Promise<number>;

  /** The shortest time between two passes started by `wake()`. */
  protected minGapMs(): number {
    return 0;
  }

  /** Starts at once (work left by a previous run is not kept waiting), then every interval. */
  onApplicationBootstrap(): void {
    this.timer = setInterval(() => this.wake(), this.intervalMs());
    this.timer.unref();
    setImmediate(() => this.wake());
  }

  /** On shutdown, one last pass: what was committed before the stop is handled now, not at the next start. */
  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.wakeTimer) clearTimeout(this.wakeTimer);
    this.timer = null;
    await shutdownStep(`${this.what}: last pass`, async () => {
      await this.running?.catch(() => undefined);
      await this.runNow().catch((error: Error) => this.logger.warn(`${this.what} at shutdown failed: ${error.message}`));
    });
  }

  /** A pass soon: now, or right after the one under way, or once `minGapMs` has passed since the last. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    const wait = this.lastPassAt + this.minGapMs() - Date.now();
    if (wait > 0) {
      this.wakeTimer ??= setTimeout(() => {
        this.wakeTimer = null;
        this.wake();
      }, wait);
      this.wakeTimer.unref();
      return;
    }
    void this.runNow().catch((error: Error) => this.logger.error(`${this.what} failed: ${error.message}`));
  }

  /** Handles everything pending now; returns how many items were handled. */
  runNow(): Promise<number> {
    if (this.running) return this.running.then(() => this.runNow());
    this.lastPassAt = Date.now();
    this.again = false;
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
      if (this.again) this.wake();
    });
    return this.running;
  }
}
