import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import type { EntityManager } from 'typeorm';

/**
 * What repositories use to reach PostgreSQL. Inside a `@Transactional()` call every query
 * runs on that transaction's connection; outside it, on the pool.
 */
@Injectable()
export class Db {
  constructor(private readonly host: TransactionHost<TransactionalAdapterTypeOrm>) {}

  get manager(): EntityManager {
    return this.host.tx;
  }

  query<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return this.host.tx.query(sql, params);
  }

  async one<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T | null> {
    const rows: T[] = await this.host.tx.query(sql, params);
    return rows[0] ?? null;
  }

  inTransaction(): boolean {
    return this.host.isTransactionActive();
  }

  /** Runs `fn` in a transaction (joining the current one if there is one). */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.host.withTransaction(fn);
  }
}
