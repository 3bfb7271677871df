import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { shutdownStep } from '@pollen/kernel';
import { Client } from 'pg';
import { OUTBOX_CHANNEL } from './domain-event.recorder';

/**
 * One `LISTEN pollen_outbox` connection per instance, shared by every outbox consumer: a
 * notification (sent on commit by each outbox insert) wakes them all. When the connection is lost
 * the consumers keep going on their poll, and the next poll listens again.
 */
@Injectable()
export class OutboxListener implements OnModuleDestroy {
  private readonly logger = new Logger(OutboxListener.name);
  private readonly wakers = new Set<() => void>();
  private client: Client | null = null;
  private connecting: Promise<void> | null = null;
  private stopped = false;

  constructor(private readonly dataSource: DataSource) {}

  subscribe(wake: () => void): void {
    this.wakers.add(wake);
    void this.ensure();
  }

  unsubscribe(wake: () => void): void {
    this.wakers.delete(wake);
  }

  /** Listens if it does not already (called from every poll, so a lost connection comes back). */
  ensure(): Promise<void> {
    if (this.stopped || this.client || this.wakers.size === 0) return Promise.resolve();
    this.connecting ??= this.connect().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    await shutdownStep('outbox listener: its connection', async () => {
      await this.connecting;
      await this.drop();
    });
  }

  private async connect(): Promise<void> {
    const url = (this.dataSource.options as { url?: string }).url;
    const client = new Client({ connectionString: url, application_name: 'pollen-outbox-listener' });
    client.on('error', (error) => {
      this.logger.warn(`outbox listener connection lost: ${error.message}`);
      void this.drop();
    });
    client.on('notification', () => this.wakers.forEach((wake) => wake()));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`outbox listener could not listen: ${(error as Error).message}`);
      await client.end().catch(() => undefined);
    }
  }

  private async drop(): Promise<void> {
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
