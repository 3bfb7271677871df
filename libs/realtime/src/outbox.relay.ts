import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Client } from 'pg';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { ADVISORY_LOCKS, tryLeadership } from '@pollen/database';
import { STATEMENT_TIMEOUT_MS, shutdownStep } from '@pollen/kernel';
import { OutboxEvent, OutboxListener, OutboxRepository } from '@pollen/events';
import { MetricsService } from '@pollen/observability';
import { OutboxPublisher } from './outbox.publisher';
import { RELAY_BATCH, RELAY_POLL_MS } from './realtime.constant';
import { VoteTallyCoalescer } from './vote-tally.coalescer';
import { VoteTallyRepository } from './vote-tally.repository';


const isVote = (event: OutboxEvent) => event.type === 'idea.voted' && event.challengeId !== null;

/**
 * Publishes the outbox after commit, in order, exactly once per cluster, and sends vote tallies.
 *
 * Leadership is a session-level advisory lock held on a dedicated connection: when the holder
 * dies its session ends, the lock is released, and another instance takes over at its next
 * poll. The leader is woken by the outbox NOTIFY (sent on commit; through the instance's one
 * LISTEN connection, OutboxListener, shared with the outbox consumers) and also polls, then, on its
 * own connection, one SQL statement a step (OutboxRepository.relayStep): marks relayed what it
 * published in the previous step, gives settled events their per-challenge sequence and reads
 * the sequenced events not yet relayed; then publishes them. Votes are not sent one by one: the
 * coalescer says which ideas' tallies are due, and one SQL statement (VoteTallyRepository.flush)
 * records each due tally as an event with the next sequence of its challenge, writes down those
 * held back and marks what was published; then the tallies are sent. Everything the relay sends
 * goes out from this one loop, in sequence order per challenge.
 *
 * Nothing waits in memory only: a vote is marked relayed by the SQL statement that records its
 * tally or writes it down as pending, never before; a relay taking over sends what
 * `pending_tally` holds and republishes what is not marked (clients drop duplicates by id).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private client: Client | null = null;
  private leader = false;
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  private tallyTimer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private failures = 0;
  /** Positions published since the last SQL statement, to be marked relayed by the next one. */
  private published: string[] = [];

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly publisher: OutboxPublisher,
    private readonly tallies: VoteTallyCoalescer,
    private readonly tallyRows: VoteTallyRepository,
    private readonly metrics: MetricsService,
    private readonly listener: OutboxListener,
  ) {}

  get isLeader(): boolean {
    return this.leader;
  }

  onApplicationBootstrap(): void {
    if (!this.config.relayEnabled) return;
    this.timer = setInterval(() => {
      // The instance's one LISTEN connection wakes the leader on commit; a lost one listens again from here too.
      if (this.leader) void this.listener.ensure();
      void this.wake();
    }, RELAY_POLL_MS);
    this.timer.unref();
    void this.wake();
  }

  /**
   * Shutdown (after the gateway stopped taking clients, before the database closes): relays
   * what is settled, sends every held tally now, marks what was sent, and hands the relay over
   * (the lock goes with the connection). Whatever this cannot do (the database is away), the
   * next relay does from the outbox and `pending_tally`.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await shutdownStep('outbox relay: hand-over', () => this.stop());
  }

  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    if (this.tallyTimer) clearTimeout(this.tallyTimer);
    await this.running;
    if (this.leader && this.client) {
      try {
        const held = this.tallies.size;
        await this.relay(true);
        await this.outbox.markRelayed(this.client, this.published);
        this.logger.log(`relay handed over: ${held} held tallies sent on the way out`);
      } catch (error) {
        this.logger.warn(`relay hand-over incomplete, the next relay finishes it: ${(error as Error).message}`);
      }
    }
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
          if (await this.ensureLeadership()) await this.relay(false);
          if (this.failures) this.logger.log(`relay passes succeed again after ${this.failures} failed`);
          this.failures = 0;
        } catch (error) {
          // Said once per outage (the poll retries every RELAY_POLL_MS while the database is away).
          if (this.failures++ === 0) this.logger.error(`relay pass failed, retrying every ${RELAY_POLL_MS} ms: ${(error as Error).message}`);
          await this.dropLeadership();
        }
      } while (this.again && !this.stopped);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /**
   * Steps until the outbox is drained, sending due tallies after each step; `all`: every held
   * tally, window or not (stopping). A quiet vote costs the relay two SQL statements (the step that
   * sequences it, the one that records its tally); the last SQL statement's events are marked by
   * the next one (the next notification, the poll, or leaving).
   */
  private async relay(all: boolean): Promise<void> {
    for (;;) {
      const batch = await this.outbox.relayStep(this.client!, this.published, RELAY_BATCH);
      this.published = [];
      if (batch.length) {
        await this.publisher.publish(batch.filter((event) => !isVote(event)), 'cluster');
        for (const event of batch) if (isVote(event)) this.tallies.note(event);
        this.published = batch.map((event) => event.position);
        this.observe(batch);
      }
      await this.sendTallies(all);
      if (batch.length < RELAY_BATCH) break;
    }
    this.scheduleTallies();
  }

  private async sendTallies(all: boolean): Promise<void> {
    for (;;) {
      const now = Date.now();
      const plan = this.tallies.plan(now, all, RELAY_BATCH);
      if (plan.due.length === 0 && plan.hold.length === 0) return;
      const recorded = await this.tallyRows.flush(this.client!, this.published, plan.due, plan.hold);
      this.published = [];
      this.tallies.done(plan, now);
      await this.publisher.publish(recorded, 'cluster');
      // Marked relayed by the next SQL statement, as every event: sent, then marked.
      this.published = recorded.map((event) => event.position);
      if (plan.due.length < RELAY_BATCH) return;
    }
  }

  /** A pass when the first held tally is due (the poll would send it too, up to RELAY_POLL_MS late). */
  private scheduleTallies(): void {
    if (this.tallyTimer || this.stopped) return;
    const at = this.tallies.nextDueAt();
    if (at === null) return;
    this.tallyTimer = setTimeout(() => {
      this.tallyTimer = null;
      void this.wake();
    }, Math.max(0, at - Date.now()));
    this.tallyTimer.unref();
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
      await client.connect();
      this.client = client;
    }
    if (await tryLeadership(this.client, ADVISORY_LOCKS.OUTBOX_RELAY)) {
      this.listener.subscribe(this.onNotification);
      // What the previous relay held back (it died, stopped, or failed to flush): owed now.
      this.tallies.reset();
      this.tallies.restore(await this.tallyRows.pending(this.client));
      this.leader = true;
      this.logger.log(`this instance now relays the outbox${this.tallies.size ? ` (${this.tallies.size} held tallies taken over)` : ''}`);
    }
    return this.leader;
  }

  private readonly onNotification = (): void => void this.wake();

  private async dropLeadership(): Promise<void> {
    this.leader = false;
    this.listener.unsubscribe(this.onNotification);
    // Published but not marked: whoever relays next publishes them again (clients drop them by id);
    // tallies held here are in `pending_tally` or owed by those votes.
    this.published = [];
    this.tallies.reset();
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }
}
