import { Injectable, Logger } from '@nestjs/common';
import { Db } from '@pollen/database';
import { PeriodicBatchJob } from '@pollen/kernel';
import { NOTIFICATION_RETENTION_DAYS } from './notification-kind';
import { NotificationsRepository } from './notifications.repository';

const RETENTION_BATCH = 1_000;
const RETENTION_INTERVAL_MS = 3_600_000;
const RETENTION_LOCK = 7411020;

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
    return this.db.transaction(async () => {
      const [lock] = await this.db.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [RETENTION_LOCK]);
      if (!lock.ok) return -1;
      return this.notifications.deleteOlderThan(NOTIFICATION_RETENTION_DAYS, RETENTION_BATCH);
    });
  }
}
