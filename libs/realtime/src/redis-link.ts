import { Logger } from '@nestjs/common';
import type { Server } from 'socket.io';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import Redis from 'ioredis';
import type { ClientEvent } from './client-event';

/** Server-to-server event (through the Redis adapter) carrying a broadcast to the other instances. */
const DELIVER = 'pollen:deliver';

const REDIS_CONNECT_TIMEOUT_MS = 5_000;

/** Told when this instance's Redis link goes and comes back, and of what it delivers (see OutageFollower). */
export interface RedisLinkWatcher {
  linkDown(): void;
  linkUp(): void;
  /** A broadcast from another instance came through Redis: true when the watcher takes care of it, false to deliver it as usual. */
  takesLive(rooms: string[], event: ClientEvent): boolean;
  /** This instance delivered an event to its clients. */
  deliveredHere(event: ClientEvent): void;
}

/**
 * This instance's link to the others (REDIS_URL): socket.io's Redis adapter, the server-side emit
 * that hands a broadcast to the other instances, and the watch of the connection after start-up.
 */
export class RedisLink {
  private readonly logger = new Logger('RedisLink');
  /** Whether the link is up (broadcasts reach the other instances). */
  private up = true;
  private io: Server | null = null;

  private constructor(private readonly redis: Redis) {}

  /**
   * With REDIS_URL set, this instance is one of several: starting without Redis would split the
   * realtime surface silently (a relay on another instance could not reach this one's clients), so
   * an unreachable Redis at start-up stops the server with a line naming REDIS_URL. Later outages
   * are retried by ioredis (see `attach`).
   */
  static async connect(url: string): Promise<RedisLink> {
    const redis = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3, connectTimeout: REDIS_CONNECT_TIMEOUT_MS, retryStrategy: () => null });
    redis.on('error', () => undefined); // the failure is reported by connect() below
    try {
      await redis.connect();
      await redis.ping();
    } catch (error) {
      redis.disconnect();
      const where = new URL(url);
      throw new Error(`REDIS_URL: Redis at ${where.hostname}:${where.port || 6379} is not reachable (${(error as Error).message})`);
    }
    // Reconnect after an outage from now on (the default strategy: growing delays).
    redis.options.retryStrategy = (times: number) => Math.min(times * 200, 2_000);
    return new RedisLink(redis);
  }

  /**
   * Makes `io` one of the cluster's servers: its adapter goes through Redis, and `deliver`
   * receives the broadcasts the other instances hand over. `watcher()` is told of outages.
   */
  attach(io: Server, deliver: (rooms: string[], event: ClientEvent) => void, watcher: () => RedisLinkWatcher | null): void {
    this.io = io;
    this.watch(watcher);
    io.adapter(createAdapter(this.redis, { streamName: 'pollen:realtime' }));
    const received = (rooms: string[], type: string, event: ClientEvent) => deliver(rooms, { ...event, type });
    io.of('/').on(DELIVER as 'connection', received as never);
  }

  /** Hands a broadcast to the other instances; nothing is sent while the link is down (they read the outbox meanwhile). */
  send(rooms: string[], event: ClientEvent): void {
    if (this.up) this.io?.serverSideEmit(DELIVER, rooms, event.type, event);
  }

  /** Last stage of a stop: quit, not disconnect, so that the relay's last broadcasts (its held tallies) still go out. */
  async close(): Promise<void> {
    this.io = null; // the connection closing now is no outage
    if (this.up) await Promise.race([this.redis.quit().catch(() => undefined), new Promise((resolve) => setTimeout(resolve, 1_000).unref())]);
    this.redis.disconnect();
  }

  /**
   * After start-up, Redis may go away and come back (ioredis reconnects). Meanwhile broadcasts
   * reach this instance's clients only: nothing is sent to Redis (the others read it back from
   * the outbox), and the watcher is told, once per outage, as the log is.
   */
  private watch(watcher: () => RedisLinkWatcher | null): void {
    const redis = this.redis;
    let lastError = '';
    let downAt = 0;
    redis.on('error', (error: Error) => (lastError = error.message));
    redis.on('close', () => {
      if (!this.up || !this.io) return;
      this.up = false;
      downAt = Date.now();
      this.logger.warn(`redis: connection lost${lastError ? ` (${lastError})` : ''}; retrying, and reading other instances' broadcasts from the outbox meanwhile`);
      watcher()?.linkDown();
    });
    redis.on('ready', () => {
      if (this.up) return;
      this.up = true;
      lastError = '';
      this.logger.log(`redis: connection back after ${((Date.now() - downAt) / 1000).toFixed(1)} s`);
      watcher()?.linkUp();
    });
    // The adapter sends server-side emits without handling their answer: one that fails as the
    // connection drops must not be an unhandled rejection, which ends the process.
    const publish = redis.publish.bind(redis) as (...args: unknown[]) => Promise<number>;
    redis.publish = ((...args: unknown[]) => {
      const sent = publish(...args);
      sent.catch(() => undefined);
      return sent;
    });
  }
}
