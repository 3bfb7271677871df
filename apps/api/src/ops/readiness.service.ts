import { Inject, Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { OutboxRepository } from '@pollen/events';
import { LifecycleService } from './lifecycle.service';

const CHECK_TIMEOUT_MS = 2_000;
/** Migrations change at deploys only: asked once per this period. */
const MIGRATIONS_CACHE_MS = 30_000;

/**
 * The checks behind /health/ready: not draining, PostgreSQL answering, every migration applied,
 * the outbox relayed within READY_MAX_OUTBOX_LAG_MS, and Redis answering when REDIS_URL is set.
 * Each answers within CHECK_TIMEOUT_MS. Readiness flips are logged once each, not per probe.
 */
@Injectable()
export class ReadinessService implements OnModuleDestroy {
  private readonly logger = new Logger('Health');
  private redis: Redis | null = null;
  private lastReady: boolean | null = null;

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly indicators: HealthIndicatorService,
    private readonly typeorm: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly lifecycle: LifecycleService,
  ) {}

  checks(): Array<() => PromiseLike<HealthIndicatorResult> | HealthIndicatorResult> {
    return [
      () => this.lifecycleCheck(),
      () => this.typeorm.pingCheck('database').withTimeout(CHECK_TIMEOUT_MS),
      () =>
        this.indicators
          .check('migrations')
          .attempt(async () => {
            if (await this.dataSource.showMigrations()) throw new Error('migrations are pending');
          })
          .withTimeout(CHECK_TIMEOUT_MS)
          .cacheFor(MIGRATIONS_CACHE_MS),
      () =>
        this.indicators
          .check('outbox')
          .attempt(async () => {
            const lagMs = Math.round(await this.outbox.oldestUnrelayedAgeMs());
            if (lagMs > this.config.readyMaxOutboxLagMs) throw new Error(`outbox lag ${lagMs} ms over ${this.config.readyMaxOutboxLagMs} ms`);
            return { lagMs };
          })
          .withTimeout(CHECK_TIMEOUT_MS),
      ...(this.config.redisUrl ? [() => this.redisCheck()] : []),
    ];
  }

  /** Logs a change of readiness (and its reason) once. */
  noted(ready: boolean, detail: unknown): void {
    if (this.lastReady === ready) return;
    this.lastReady = ready;
    if (ready) this.logger.log('ready');
    else this.logger.warn({ msg: 'not ready', checks: detail });
  }

  async onModuleDestroy(): Promise<void> {
    this.redis?.disconnect();
    this.redis = null;
  }

  private lifecycleCheck(): HealthIndicatorResult {
    const check = this.indicators.check('lifecycle');
    return this.lifecycle.draining ? check.down({ message: 'shutting down' }) : check.up();
  }

  private redisCheck(): PromiseLike<HealthIndicatorResult> {
    return this.indicators
      .check('redis')
      .attempt(async () => {
        // A client of its own: the realtime layer's links ride out an outage, this one only asks.
        if (!this.redis) {
          this.redis = new Redis(this.config.redisUrl!, {
            lazyConnect: true,
            enableOfflineQueue: false,
            maxRetriesPerRequest: 0,
            retryStrategy: () => 1_000,
            connectionName: 'pollen-health',
          });
          this.redis.on('error', () => undefined);
        }
        if (this.redis.status === 'wait') await this.redis.connect();
        await this.redis.ping();
      })
      .withTimeout(CHECK_TIMEOUT_MS);
  }
}
