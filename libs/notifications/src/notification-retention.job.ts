import { Injectable, Logger } from '@nestjs/common';
import { ADVISORY_LOCKS, Db } from '@pollen/database';
import { PeriodicBatchJob } from '@pollen/kernel';
import { NOTIFICATION_RETENTION_DAYS } from './notification-kind';
import { NotificationsRepository } from './notifications.repository';

const RETENTION_BATCH = 1_000;
const RETENTION_INTERVAL_MS = 3_600_000;

/** Deletes notifications past NOTIFICATION_RETENTION_DAYS, hourly, in batches, one runner per cluster. */
@Injectable()
export class NotificationRetentionJob extends PeriodicBatchJob {
  constructor(
    private readonly db: Db,
    private readonly notifications: NotificationsRepository,
  ) {
    super(new Logger(NotificationRetentionJob.name), 'notification retention');
  }

  purgeNow(): Promise<number> {
    return this.runNow();
  }

  protected intervalMs(): number {
    return RETENTION_INTERVAL_MS;
  }

  protected batchSize(): number {
    return RETENTION_BATCH;
  }

  protected batch(): Promise<number> {
    return this.db.soleBatch(ADVISORY_LOCKS.NOTIFICATION_RETENTION, () => this.notifications.deleteOlderThan(NOTIFICATION_RETENTION_DAYS, RETENTION_BATCH));
  }
}
