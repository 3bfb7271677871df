import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { STATEMENT_TIMEOUT_MS } from '@pollen/kernel';
import { OUTBOX_CHANNEL, OutboxEvent, OutboxRepository } from '@pollen/events';
import { MetricsService } from '@pollen/observability';
import { OutboxPublisher } from './outbox.publisher';
import { RELAY_BATCH, RELAY_POLL_MS } from './realtime.constant';

const RELAY_LOCK = 7411003;

/**
 * Publishes the outbox after commit, in order, exactly once per cluster.
 *
 * Leadership is a session-level advisory lock held on a dedicated connection: when the holder
 * dies its session ends, the lock is released, and another instance takes over at its next
 * poll. The leader listens for the outbox NOTIFY (sent on commit) and also polls, then, on its
 * own connection, in one statement a step (OutboxRepository.relayStep): marks relayed what it
 * published in the previous step, gives settled events their per-challenge sequence and reads
 * the sequenced events not yet relayed; then publishes them. A crash before they are marked
 * republishes them on restart; clients drop duplicates by event id or sequence.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private client: Client | null = null;
  private leader = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  /** Positions published by the last step, to be marked relayed by the next one. */
  private published: string[] = [];

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly publisher: OutboxPublisher,
    private readonly metrics: MetricsService,
  ) {}

  get isLeader(): boolean {
    return this.leader;
  }

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.timer = setInterval(() => this.wake(), RELAY_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
    if (this.leader && this.client) await this.outbox.markRelayed(this.client, this.published).catch(() => undefined);
    await this.dropLeadership();
  }

  /** Runs a relay pass now (or right after the one under way). */
  wake(): Promise<void> {
    if (this.stopped || !this.config.relayEnabled) return Promise.resolve();
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        try {
          if (await this.ensureLeadership()) await this.relay();
        } catch (error) {
          this.logger.error(`relay pass failed: ${(error as Error).message}`);
          await this.dropLeadership();
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Steps until the outbox is drained: each step is one statement that also marks the previous
   * step's events relayed, so a vote costs the relay one round trip (the last step's events are
   * marked by the next pass: the next outbox notification, the poll, or leaving).
   */
  private async relay(): Promise<void> {
    for (;;) {
      const batch = await this.outbox.relayStep(this.client!, this.published, RELAY_BATCH);
      this.published = [];
      if (batch.length === 0) return;
      await this.publisher.publish(batch, 'cluster');
      this.published = batch.map((event) => event.position);
      this.observe(batch);
      if (batch.length < RELAY_BATCH) return;
    }
  }

  /**
   * The relay rate, each event's delay from its transaction to the sockets, and at debug one
   * line per event naming the request that caused it (its type, ids and sequence: no payload).
   */
  private observe(batch: OutboxEvent[]): void {
    const now = Date.now();
    this.metrics.relayedEvents.inc(batch.length);
    for (const event of batch) {
      const delayMs = now - new Date(event.occurredAt).getTime();
      this.metrics.eventDelivery.observe(Math.max(0, delayMs) / 1000);
      this.logger.debug({
        msg: `relayed ${event.type}`,
        reqId: event.requestId ?? undefined,
        event: event.type,
        eventId: event.id,
        challengeId: event.challengeId ?? undefined,
        sequence: event.sequence,
        delayMs,
      });
    }
  }

  private async ensureLeadership(): Promise<boolean> {
    if (this.leader && this.client) return true;
    if (!this.client) {
      const url = (this.dataSource.options as { url?: string }).url;
      const client = new Client({ connectionString: url, application_name: 'pollen-relay', statement_timeout: STATEMENT_TIMEOUT_MS });
      client.on('error', (error) => {
        this.logger.warn(`relay connection lost: ${error.message}`);
        void this.dropLeadership();
      });
      client.on('notification', () => void this.wake());
      await client.connect();
      this.client = client;
    }
    const { rows } = await this.client.query<{ ok: boolean }>('SELECT pg_try_advisory_lock($1) AS ok', [RELAY_LOCK]);
    if (rows[0].ok) {
      await this.client.query(`LISTEN ${OUTBOX_CHANNEL}`);
      this.leader = true;
      this.logger.log('this instance now relays the outbox');
    }
    return this.leader;
  }

  private async dropLeadership(): Promise<void> {
    this.leader = false;
    // Published but not marked: whoever relays next publishes them again (clients drop them by id).
    this.published = [];
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
