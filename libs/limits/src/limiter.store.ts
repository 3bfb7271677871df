import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import Redis from 'ioredis';
import { RateLimiterAbstract, RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';

/**
 * Where counts live: Redis when REDIS_URL is set (one count for the whole cluster), the process
 * otherwise. Each limiter is made once per name; a Redis limiter falls back to an in-process one
 * with the same allowance while Redis does not answer (writes never wait for Redis).
 */
@Injectable()
export class LimiterStore implements OnModuleDestroy {
  private readonly logger = new Logger('Limits');
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private readonly inProcess: RateLimiterMemory[] = [];
  private readonly redis: Redis | null;

  constructor(@Inject(POLLEN_CONFIG) private readonly config: PollenConfig) {
    this.redis = config.redisUrl
      ? new Redis(config.redisUrl, {
          // A write's rules go to Redis in one round trip.
          enableAutoPipelining: true,
          // While Redis is away, fail at once (the insurance limiter answers) rather than queue.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectTimeout: 2_000,
          retryStrategy: (times: number) => Math.min(times * 200, 2_000),
        })
      : null;
    // The realtime gateway already says when Redis goes and comes back; this only adds what it means here.
    let down = false;
    this.redis?.on('error', (error: Error) => {
      if (down) return;
      down = true;
      this.logger.debug(`redis: ${error.message}; limits are counted per instance until it is back`);
    });
    this.redis?.on('ready', () => {
      if (down) this.logger.debug('redis: back; limits are counted for the cluster again');
      down = false;
    });
  }

  /** The limiter of `name` (a key prefix): `points` per fixed window of `perSeconds`. */
  limiter(name: string, points: number, perSeconds: number): RateLimiterAbstract {
    const id = `${name}:${points}:${perSeconds}`;
    let limiter = this.limiters.get(id);
    if (!limiter) {
      const keyPrefix = `${this.config.redisKeyPrefix}:limits:${name}`;
      const memory = new RateLimiterMemory({ keyPrefix, points, duration: perSeconds });
      this.inProcess.push(memory);
      limiter = this.redis
        ? new RateLimiterRedis({ storeClient: this.redis, keyPrefix, points, duration: perSeconds, rejectIfRedisNotReady: true, insuranceLimiter: memory })
        : memory;
      this.limiters.set(id, limiter);
    }
    return limiter;
  }

  onModuleDestroy(): void {
    this.redis?.disconnect();
    // Each in-process count holds a timer until its window ends (up to a day), and a pending
    // timer keeps what created it in memory: an application closed within a process (tests, a
    // restart in place) would stay there with its counts. rate-limiter-flexible offers no way to
    // drop them all, so its store is emptied through the one method it has for a key.
    for (const memory of this.inProcess) {
      const storage = (memory as unknown as { _memoryStorage?: { _storage?: Map<string, unknown>; delete(key: string): boolean } })._memoryStorage;
      for (const key of [...(storage?._storage?.keys() ?? [])]) storage?.delete(key);
    }
  }
}
