import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { shutdownStep } from '@pollen/kernel';
import { OutboxRepository, RelayedCursor } from '@pollen/events';
import type { ClientEvent } from './client-event';
import { OutageHandoff } from './outage-handoff';
import { OutboxPublisher } from './outbox.publisher';
import { OutboxRelay } from './outbox.relay';
import { RELAY_BATCH, RELAY_POLL_MS } from './realtime.constant';
import { RealtimeGateway } from './realtime.gateway';
import type { RedisLinkWatcher } from './redis-link';

/** How far back reading starts when the link drops: broadcasts sent just before may have been lost with it. */
const FOLLOW_MARGIN_MS = 2_000;

/**
 * While this instance's Redis link is down, broadcasts of the relay on another instance cannot
 * reach it. This reads what the relay publishes from the outbox instead (in the relay's order,
 * every RELAY_POLL_MS) and delivers it to this instance's clients, then hands back to Redis
 * broadcasts without losing or repeating one: the state machine is OutageHandoff, this is its
 * I/O (reading, sending, the timer).
 */
@Injectable()
export class OutageFollower implements RedisLinkWatcher, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OutageFollower.name);
  private readonly machine = new OutageHandoff();
  private cursor: RelayedCursor | null = null;
  private readCount = 0;
  private failed = false;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly outbox: OutboxRepository,
    private readonly publisher: OutboxPublisher,
    private readonly relay: OutboxRelay,
  ) {}

  onModuleInit(): void {
    this.gateway.watchRedisLink(this);
  }

  async onModuleDestroy(): Promise<void> {
    this.stopTimer();
    await shutdownStep('outage follower: its read under way', async () => void (await this.reading));
  }

  linkDown(): void {
    if (this.machine.linkDown()) {
      this.cursor = null;
      this.readCount = 0;
      this.failed = false;
    }
    if (!this.timer) {
      this.timer = setInterval(() => this.wake(), RELAY_POLL_MS);
      this.timer.unref();
    }
    this.wake();
  }

  linkUp(): void {
    this.machine.linkUp();
    this.wake();
  }

  takesLive(rooms: string[], event: ClientEvent): boolean {
    if (this.machine.live({ rooms, event })) return false;
    this.wake();
    return true;
  }

  deliveredHere(event: ClientEvent): void {
    this.machine.deliveredHere(event);
  }

  private wake(): void {
    if (!this.machine.reading) return;
    if (this.reading) {
      this.again = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.again = false;
        try {
          await this.read();
        } catch (error) {
          // Retried at the next tick; said once per outage (the database may be struggling too).
          if (!this.failed) this.logger.error(`reading the outbox while Redis is away failed: ${(error as Error).message}`);
          this.failed = true;
        }
      } while (this.again && this.machine.reading);
    })().finally(() => {
      this.reading = null;
    });
  }

  private async read(): Promise<void> {
    this.cursor ??= await this.outbox.relayedMark(FOLLOW_MARGIN_MS);
    // Decided before reading, so that what the previous relay marked is read first.
    const last = this.machine.finishAlone(this.relay.isLeader);
    for (;;) {
      const rows = await this.outbox.relayedAfter(this.cursor, RELAY_BATCH);
      if (!this.machine.reading) return;
      const { rows: mine, met } = this.machine.take(rows);
      if (mine.length) await this.publisher.publish(mine, 'local', (event) => this.machine.wasDelivered(event));
      this.readCount += mine.length;
      const end = mine[mine.length - 1];
      if (end) this.cursor = { relayedAt: end.relayedAt, sequence: end.sequence, position: end.position };
      if (met) return this.finish('broadcasts through Redis are back');
      if (rows.length < RELAY_BATCH) break;
    }
    if (last) this.finish('this instance relays: it delivers every event itself');
  }

  private finish(reason: string): void {
    for (const { rooms, event } of this.machine.finish()) this.gateway.deliverLocal(rooms, event);
    this.stopTimer();
    this.logger.log(`redis outage over: ${this.readCount} events delivered from the outbox meanwhile; ${reason}`);
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
