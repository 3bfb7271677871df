import { Injectable } from '@nestjs/common';
import { ClsService } from 'nestjs-cls';
import { Propagation, TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { PoolClient } from 'pg';
import type { EntityManager, QueryRunner } from 'typeorm';
import { AdvisoryLock, LOCK_HELD, lockArguments } from './advisory-lock';

/** Set in the context of a request whose writes commit together at its end (see `requestTransaction`). */
const REQUEST_TRANSACTION = 'pollen.requestTransaction';
/** Set within a unit of work of such a request, so units nested in it join it instead of opening a savepoint each. */
const IN_UNIT = 'pollen.inUnitOfWork';

/**
 * What repositories use to reach PostgreSQL. Inside a `@UnitOfWork()` call every query
 * runs on that transaction's connection; outside it, on the pool.
 */
@Injectable()
export class Db {
  constructor(
    private readonly host: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly cls: ClsService,
  ) {}

  get manager(): EntityManager {
    return this.host.tx;
  }

  /**
   * Rows of any SQL statement, RETURNING included. (EntityManager.query answers UPDATE and DELETE
   * with `[rows, count]`; the query runner's structured result is the same for every command.)
   */
  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.onConnection(async (runner) => (await runner.query(sql, params, true)).records as T[]);
  }

  /**
   * Rows of a query sent as a named prepared statement: PostgreSQL parses and plans it once
   * per connection instead of on every call. For hot, short queries whose planning costs more
   * than their execution (a feed page's live tallies: ~1 ms to plan, 0.35 ms to run). Parameters
   * must not change which plan is right (PostgreSQL may settle on a generic plan after five calls).
   */
  prepared<T = Record<string, unknown>>(name: string, sql: string, params: unknown[] = []): Promise<T[]> {
    return this.onConnection(async (runner) => {
      const client = (await runner.connect()) as PoolClient;
      // Sent past TypeORM's driver, so past its logging: logged here, the same way.
      runner.connection.logger.logQuery(sql, params);
      return (await client.query({ name, text: sql, values: params })).rows as T[];
    });
  }

  /** The current transaction's connection, or one from the pool for this call only. */
  private async onConnection<T>(fn: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const manager = this.host.tx;
    const current = manager.queryRunner;
    if (current && !current.isReleased) return fn(current);
    const own = manager.connection.createQueryRunner();
    try {
      return await fn(own);
    } finally {
      await own.release();
    }
  }

  async one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | null> {
    const rows = await this.query<T>(sql, params);
    return rows[0] ?? null;
  }

  /** Whether the current transaction now holds `lock` (until it ends): one runner per database for its work. */
  async tryTransactionLock(lock: AdvisoryLock, name?: string): Promise<boolean> {
    const { sql, params } = lockArguments(lock, name);
    const [row] = await this.query<{ ok: boolean }>(`SELECT pg_try_advisory_xact_lock(${sql}) AS ok`, params);
    return row.ok;
  }

  /**
   * One batch of work that a single runner per database does at a time (a `PeriodicBatchJob`'s
   * batch): `work` in a unit of work under `lock`, or LOCK_HELD at once when another runner holds it.
   */
  soleBatch(lock: AdvisoryLock, work: () => Promise<number>): Promise<number> {
    return this.transaction(async () => ((await this.tryTransactionLock(lock)) ? work() : LOCK_HELD));
  }

  inTransaction(): boolean {
    return this.host.isTransactionActive();
  }

  /**
   * Runs `fn` as a unit of work: a transaction of its own, or the current one when there is one.
   * Within a request transaction, the outermost unit of work is a savepoint of it: it is undone
   * alone when it fails, as its own transaction would be rolled back, and otherwise commits with
   * the request.
   */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    if (this.cls.isActive() && this.cls.get(REQUEST_TRANSACTION) && !this.cls.get(IN_UNIT) && this.host.isTransactionActive()) {
      return this.host.withTransaction(Propagation.Nested, () => {
        this.cls.set(IN_UNIT, true);
        return fn();
      });
    }
    return this.host.withTransaction(fn);
  }

  /**
   * Runs `fn` (a whole request) in one transaction that every unit of work in it joins as a
   * savepoint, and that commits when `fn` resolves: what the request writes, and what it
   * writes about itself (an idempotency key and its answer), commit together or not at all.
   * Writes outside any unit of work, which would have committed on their own, commit with it.
   */
  requestTransaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.host.withTransaction(Propagation.RequiresNew, () => {
      this.cls.set(REQUEST_TRANSACTION, true);
      this.cls.set(IN_UNIT, false);
      return fn();
    });
  }
}
