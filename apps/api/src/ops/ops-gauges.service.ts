import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import type { Pool, PoolClient } from 'pg';
import { DataSource } from 'typeorm';
import { DB_POOL_SIZE } from '@pollen/database';
import { OutboxRepository } from '@pollen/events';
import { LedgerRepository } from '@pollen/ledger';
import { MetricsService } from '@pollen/observability';
import { RealtimeGateway } from '@pollen/realtime';

type Connect = Pool['connect'];
type Done = (error: Error | undefined, client: PoolClient | undefined, release: (error?: Error) => void) => void;

/**
 * The gauges only the app can read (each library owns its query; the app wires them): the SQL
 * pool, the outbox and sealer lags, connected sockets; and the time each pool checkout waited.
 */
@Injectable()
export class OpsGauges implements OnModuleInit {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly metrics: MetricsService,
    private readonly dataSource: DataSource,
    private readonly outbox: OutboxRepository,
    private readonly ledger: LedgerRepository,
    private readonly gateway: RealtimeGateway,
  ) {}

  onModuleInit(): void {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (pool) this.timeCheckouts(pool);
    this.metrics.gaugeFamily('pollen_db_pool_connections', 'SQL pool connections: total open, idle, and queries waiting for one', 'state', () =>
      pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null,
    );
    this.metrics.gauge('pollen_db_pool_max', 'SQL pool size limit', () => DB_POOL_SIZE);
    this.metrics.gauge('pollen_outbox_lag_seconds', 'Age of the oldest outbox event not yet relayed', async () => (await this.outbox.oldestUnrelayedAgeMs()) / 1000);
    this.metrics.gauge('pollen_ledger_sealer_lag_seconds', 'Age of the oldest ledger entry not yet sealed into its chain (votes: beyond their batch)', async () => (await this.ledger.oldestUnsealedAgeMs(this.config.ledgerVoteBatchMs)) / 1000);
    this.metrics.gauge('pollen_sockets_connected', 'Realtime clients connected to this instance', () => this.gateway.connectionCount);
  }

  /** TypeORM checks connections out with the callback form of `pool.connect`; both forms are timed. */
  private timeCheckouts(pool: Pool): void {
    const connect = pool.connect.bind(pool) as (done?: Done) => Promise<PoolClient> | void;
    const observe = (started: bigint) => this.metrics.dbAcquire.observe(Number(process.hrtime.bigint() - started) / 1e9);
    pool.connect = ((done?: Done) => {
      const started = process.hrtime.bigint();
      if (done) {
        return connect((error, client, release) => {
          observe(started);
          done(error, client, release);
        });
      }
      return (connect() as Promise<PoolClient>).then((client) => {
        observe(started);
        return client;
      });
    }) as Connect;
  }
}
