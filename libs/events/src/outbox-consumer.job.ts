import { Inject, Injectable, Logger } from '@nestjs/common';
import { OutboxConsumerName, POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Db, LOCK_HELD } from '@pollen/database';
import { PeriodicBatchJob } from '@pollen/kernel';
import { DomainEventType } from './domain-event';
import { OutboxConsumerRepository, WindowEvent } from './outbox-consumer.repository';
import { OutboxListener } from './outbox.listener';
import { OutboxEvent } from './outbox.repository';

export const OUTBOX_CONSUMER_BATCH = 500;
/** At most four passes a second per consumer when woken by notifications: a vote storm costs each consumer four small transactions a second. */
export const OUTBOX_CONSUMER_MIN_GAP_MS = 250;
/** How long `consumeNow` waits for a transaction older than the call to settle. */
export const CONSUME_NOW_WAIT_MS = 10_000;

export interface OutboxConsumerOptions {
  /** The checkpoint's name: lowercase letters, digits and dashes (a database check). */
  name: string;
  /** The event types handed to `handle`; others only move the cursor. `null`: every type. */
  types: DomainEventType[] | null;
  /** Where a consumer that has no checkpoint yet starts: the outbox's first event (default) or its end. */
  start?: 'beginning' | 'now';
  batchSize?: number;
  minGapMs?: number;
}

/** What every consumer needs, in one provider, so that a consumer's constructor stays short. */
@Injectable()
export class OutboxConsumerRuntime {
  constructor(
    @Inject(POLLEN_CONFIG) readonly config: PollenConfig,
    readonly db: Db,
    readonly repository: OutboxConsumerRepository,
    readonly listener: OutboxListener,
  ) {}
}

/**
 * A durable, exactly-once reader of the outbox (see libs/events/README.md): each batch is one
 * transaction that takes the consumer's advisory lock, reads its checkpoint, reads the next
 * events in commit-safe order, runs `handle` and moves the checkpoint, so the handler's writes
 * and the cursor commit together. Woken by the outbox NOTIFY (coalesced, at most one pass per
 * `minGapMs`) and by the poll of PeriodicBatchJob.
 */
export abstract class OutboxConsumerJob extends PeriodicBatchJob {
  private readonly wakeUp = () => this.wake();
  private readonly failureLogger: Logger;

  protected constructor(
    protected readonly runtime: OutboxConsumerRuntime,
    readonly options: OutboxConsumerOptions,
  ) {
    const logger = new Logger(`OutboxConsumer:${options.name}`);
    super(logger, `outbox consumer ${options.name}`);
    this.failureLogger = logger;
  }

  /** Handles events in the batch's transaction (the repositories it calls join it through Db). */
  protected abstract handle(events: OutboxEvent[]): Promise<void>;

  /**
   * Runs passes until everything committed before the call is handled; returns the events read.
   * A pass stops at its fence, which a transaction still running (or one of another database
   * that ended as the fence was read) holds back: so passes follow one another, a few
   * milliseconds apart, until no event of a transaction older than the call is left after the
   * checkpoint, or CONSUME_NOW_WAIT_MS have passed (a transaction that stays open that long is
   * left to the next pass).
   */
  async consumeNow(): Promise<number> {
    const { repository } = this.runtime;
    const before = await repository.snapshotXmax();
    const deadline = Date.now() + CONSUME_NOW_WAIT_MS;
    let total = await this.runNow();
    while ((await repository.pendingBefore(this.options.name, before)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      total += await this.runNow();
    }
    return total;
  }

  /** Whether this instance runs this consumer (POLLEN_CONSUMERS: all, none or a list of names). */
  get runsHere(): boolean {
    const { consumers } = this.runtime.config;
    return consumers === 'all' || (consumers !== 'none' && consumers.has(this.options.name as OutboxConsumerName));
  }

  override onApplicationBootstrap(): void {
    if (!this.runsHere) return;
    this.runtime.listener.subscribe(this.wakeUp);
    super.onApplicationBootstrap();
  }

  override async onModuleDestroy(): Promise<void> {
    this.runtime.listener.unsubscribe(this.wakeUp);
    if (this.runsHere) await super.onModuleDestroy();
  }

  protected intervalMs(): number {
    return this.runtime.config.outboxConsumerPollMs;
  }

  protected override minGapMs(): number {
    return this.options.minGapMs ?? OUTBOX_CONSUMER_MIN_GAP_MS;
  }

  protected batchSize(): number {
    return this.options.batchSize ?? OUTBOX_CONSUMER_BATCH;
  }

  /**
   * One batch in one transaction. The handler runs without a savepoint (two round trips saved
   * on every batch); if it throws, the transaction is rolled back and the same window is taken
   * again event by event, each behind a savepoint: an event that fails on its own is recorded as
   * a failure of this consumer and skipped, so one bad event never stops the consumer.
   */
  protected async batch(): Promise<number> {
    void this.runtime.listener.ensure();
    try {
      return await this.pass(false);
    } catch (error) {
      if (!(error instanceof HandlerFailed)) throw error;
      return this.pass(true);
    }
  }

  private pass(careful: boolean): Promise<number> {
    const { db, repository } = this.runtime;
    const { name } = this.options;
    return db.transaction(async () => {
      if (!(await repository.tryLock(name))) return LOCK_HELD;
      const cursor = await repository.checkpoint(name, this.options.start ?? 'beginning');
      const window = await repository.window(cursor, this.options.types, this.batchSize());
      if (window.length === 0) return 0;
      const wanted = window.filter((event) => event.wanted).map(toOutboxEvent);
      let handled = wanted.length;
      if (wanted.length && !careful) {
        await this.handle(wanted).catch((error: unknown) => {
          throw new HandlerFailed(error);
        });
      } else if (wanted.length) {
        handled = 0;
        for (const event of wanted) if (await this.attempt(event)) handled += 1;
      }
      const last = window[window.length - 1];
      await repository.advance(name, { txId: last.txId, position: last.position }, window.length, handled);
      return window.length;
    });
  }

  /** `handle` of one event behind a savepoint: true when it went through; a failure is recorded. */
  private async attempt(event: OutboxEvent): Promise<boolean> {
    const { repository } = this.runtime;
    await repository.savepoint('SAVEPOINT');
    try {
      await this.handle([event]);
      await repository.savepoint('RELEASE SAVEPOINT');
      return true;
    } catch (error) {
      await repository.savepoint('ROLLBACK TO SAVEPOINT');
      await repository.savepoint('RELEASE SAVEPOINT');
      const message = error instanceof Error ? error.message : String(error);
      this.failureLogger.error(`event ${event.id} (${event.type}) skipped: ${message}`);
      await repository.recordFailure(this.options.name, event.position, message);
      return false;
    }
  }
}

/** A handler's failure, told apart from the consumer's own (a lost connection is not the event's fault). */
class HandlerFailed extends Error {
  constructor(override readonly cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

function toOutboxEvent(event: WindowEvent): OutboxEvent {
  const { txId: _txId, wanted: _wanted, ...rest } = event;
  return rest; // the same union, less the window's two columns
}
