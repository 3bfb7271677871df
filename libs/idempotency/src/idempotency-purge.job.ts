import { Injectable, Logger } from '@nestjs/common';
import { PeriodicBatchJob } from '@pollen/kernel';
import { IDEMPOTENCY_PURGE_BATCH, IdempotencyRepository } from './idempotency.repository';

const PURGE_INTERVAL_MS = 10 * 60_000;

/** Every ten minutes, keys older than a day are forgotten (any instance may; the deletes do not conflict). */
@Injectable()
export class IdempotencyPurgeJob extends PeriodicBatchJob {
  constructor(private readonly keys: IdempotencyRepository) {
    super(new Logger(IdempotencyPurgeJob.name), 'idempotency key purge');
  }

  purgeNow(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return PURGE_INTERVAL_MS;
  }

  protected batchSize(): number {
    return IDEMPOTENCY_PURGE_BATCH;
  }

  protected batch(): Promise<number> {
    return this.keys.purgeBatch();
  }
}
