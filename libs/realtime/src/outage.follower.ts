import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { OutboxRepository, RelayedCursor } from '@pollen/events';
import { OutboxPublisher } from './outbox.publisher';
import { RELAY_BATCH, RELAY_POLL_MS } from './realtime.constant';
import { RealtimeGateway, RedisLinkWatcher } from './realtime.gateway';

/** How far back reading starts when the link drops: broadcasts sent just before may have been lost with it. */
const FOLLOW_MARGIN_MS = 2_000;
/** With the link back, how long to wait for a broadcast from another instance before reading no more. */
const FOLLOW_GRACE_MS = 10_000;
/** Ids of the latest events delivered here, so that what was delivered before the link dropped is not sent again. */
const RECENT_IDS = 1_024;

/**
 * While this instance's Redis link is down, broadcasts of the relay on another instance cannot
 * reach it. This reads what the relay publishes from the outbox instead (in the relay's order,
 * every RELAY_POLL_MS) and delivers it to this instance's clients, until broadcasts come through
 * Redis again: the first one that it had already read from the outbox shows the two paths have
 * met (or, with the link back and no broadcast at all, FOLLOW_GRACE_MS). Meanwhile live
 * broadcasts are not delivered directly but wake a read, so each client's order holds.
 */
@Injectable()
export class OutageFollower implements RedisLinkWatcher, OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(OutageFollower.name);
  private following = false;
  private cursor: RelayedCursor | null = null;
  private delivered = new Set<string>();
  private readonly recent: string[] = [];
  private recentAt = 0;
  private upSince: number | null = null;
  private readCount = 0;
  private failed = false;
  private timer: NodeJS.Timeout | null = null;
  private reading: Promise<void> | null = null;
  private again = false;

  constructor(
    private readonly gateway: RealtimeGateway,
    private readonly outbox: OutboxRepository,
    private readonly publisher: OutboxPublisher,
  ) {}

  onModuleInit(): void {
    this.gateway.watchRedisLink(this);
  }

  async onModuleDestroy(): Promise<void> {
    this.stop();
    await this.reading;
  }

  linkDown(): void {
    this.upSince = null;
    if (this.following) return;
    this.following = true;
    this.cursor = null;
    this.delivered = new Set(this.recent);
    this.readCount = 0;
    this.failed = false;
    this.timer = setInterval(() => this.wake(), RELAY_POLL_MS);
    this.timer.unref();
    this.wake();
  }

  linkUp(): void {
    this.upSince = Date.now();
    this.wake();
  }

  takesLive(eventId: string): boolean {
    if (this.delivered.has(eventId)) {
      if (this.following) this.finish('broadcasts through Redis are back');
      return true;
    }
    if (!this.following) {
      this.remember(eventId);
      return false;
    }
    this.wake();
    return true;
  }

  deliveredHere(eventId: string): void {
    if (this.following) this.delivered.add(eventId);
    else this.remember(eventId);
  }

  private remember(eventId: string): void {
    this.recent[this.recentAt] = eventId;
    this.recentAt = (this.recentAt + 1) % RECENT_IDS;
  }

  private wake(): void {
    if (!this.following) return;
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
      } while (this.again && this.following);
    })().finally(() => {
      this.reading = null;
    });
  }

  private async read(): Promise<void> {
    this.cursor ??= await this.outbox.relayedMark(FOLLOW_MARGIN_MS);
    for (;;) {
      const rows = await this.outbox.relayedAfter(this.cursor, RELAY_BATCH);
      if (!this.following) return;
      const fresh = rows.filter((event) => !this.delivered.has(event.id));
      fresh.forEach((event) => this.delivered.add(event.id));
      if (fresh.length) await this.publisher.publish(fresh, 'local');
      this.readCount += fresh.length;
      const last = rows[rows.length - 1];
      if (last) this.cursor = { relayedAt: last.relayedAt, sequence: last.sequence, position: last.position };
      if (rows.length < RELAY_BATCH) break;
    }
    if (this.upSince !== null && Date.now() - this.upSince >= FOLLOW_GRACE_MS) {
      this.finish(`no broadcast from another instance within ${FOLLOW_GRACE_MS / 1000} s of the link coming back`);
    }
  }

  private finish(reason: string): void {
    this.stop();
    this.logger.log(`redis outage over: ${this.readCount} events delivered from the outbox meanwhile; ${reason}`);
  }

  private stop(): void {
    this.following = false;
    this.upSince = null;
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
