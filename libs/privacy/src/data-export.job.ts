import { Injectable, Logger } from '@nestjs/common';
import { PeriodicBatchJob } from '@pollen/kernel';
import { DataExportRepository } from './data-export.repository';
import { ClaimLost, ExportArchiveService } from './export-archive.service';
import { EXPORT_POLL_MS } from './privacy.constant';

/**
 * Builds queued exports off the request path, one at a time per instance, on every instance:
 * rows are claimed with FOR UPDATE SKIP LOCKED, and a claim that stops reporting (a crash, a
 * restart) is taken over, so a requested export is never lost.
 */
@Injectable()
export class DataExportJob extends PeriodicBatchJob {
  private readonly log = new Logger(DataExportJob.name);
  private closing = false;

  constructor(
    private readonly exports: DataExportRepository,
    private readonly archives: ExportArchiveService,
  ) {
    super(new Logger(DataExportJob.name), 'data export');
  }

  /** Builds every pending export now; answers how many were handled. */
  exportNow(): Promise<number> {
    return this.runNow();
  }

  /** A shutdown does not start a new export: the next instance takes the queue over. */
  override async onModuleDestroy(): Promise<void> {
    this.closing = true;
    await super.onModuleDestroy();
  }

  protected intervalMs(): number {
    return EXPORT_POLL_MS;
  }

  protected batchSize(): number {
    return 1;
  }

  protected async batch(): Promise<number> {
    if (this.closing) return -1;
    const job = await this.exports.claim();
    if (!job) return 0;
    try {
      const archive = await this.archives.build(job, (done, total) => this.exports.progress(job.id, job.attempts, done, total));
      await this.exports.finish(job.id, job.attempts, archive);
    } catch (error) {
      if (error instanceof ClaimLost) return 1;
      this.log.error(`export ${job.id} failed (attempt ${job.attempts}): ${(error as Error).message}`);
      await this.exports.failed(job.id, job.attempts);
    }
    return 1;
  }
}
