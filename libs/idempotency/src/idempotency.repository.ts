import { Injectable } from '@nestjs/common';
import { ADVISORY_LOCKS, Db, lockArguments } from '@pollen/database';
import { IDEMPOTENCY_TTL_HOURS } from './idempotency-request.util';

export const IDEMPOTENCY_PURGE_BATCH = 1_000;
/** How long a duplicate waits for the request holding its key, under the 5 s SQL statement timeout. */
const LOCK_WAIT_MS = 4_000;

export interface StoredAnswer {
  fingerprint: Buffer;
  status: number;
  answer: Buffer;
}

@Injectable()
export class IdempotencyRepository {
  constructor(private readonly db: Db) {}

  /**
   * In the request's transaction: waits for any request holding this key (one with the same key
   * runs to its commit or rollback first), then reads its answer if one is kept. A wait past
   * LOCK_WAIT_MS fails with lock_not_available (55P03).
   */
  async claim(lookup: Buffer): Promise<StoredAnswer | null> {
    // Two SQL statements, not one: the read must see what the holder committed while this waited,
    // and a SQL statement's snapshot is taken before its lock is granted.
    const key = lockArguments(ADVISORY_LOCKS.IDEMPOTENCY_KEY, lookup.readInt32BE(0), 2);
    await this.db.query(`SELECT pg_advisory_xact_lock(${key.sql}) FROM (SELECT set_config('lock_timeout', $1, true)) AS wait`, [`${LOCK_WAIT_MS}ms`, ...key.params]);
    const rows = await this.db.query<StoredAnswer & { reset: string }>(
      `WITH reset AS (SELECT set_config('lock_timeout', '0', true) AS reset)
       SELECT reset.reset, k.fingerprint, k.status, k.answer FROM reset
         LEFT JOIN idempotency_key k ON k.lookup = $1 AND k.created_at > now() - make_interval(hours => $2)`,
      [lookup, IDEMPOTENCY_TTL_HOURS],
    );
    return rows[0]?.fingerprint ? rows[0] : null;
  }

  /**
   * Keeps the answer, in the request's transaction (an expired row of the same key is replaced),
   * with the account it answered (null: anonymous), which an erasure deletes it by.
   */
  async keep(lookup: Buffer, fingerprint: Buffer, status: number, answer: Buffer, ownerId: string | null): Promise<void> {
    await this.db.query(
      `INSERT INTO idempotency_key (lookup, fingerprint, status, answer, owner_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (lookup) DO UPDATE SET fingerprint = EXCLUDED.fingerprint, status = EXCLUDED.status, answer = EXCLUDED.answer,
                                          owner_id = EXCLUDED.owner_id, created_at = now()`,
      [lookup, fingerprint, status, answer, ownerId],
    );
  }

  /** Forgets keys older than a day, a batch at a time. */
  async purgeBatch(): Promise<number> {
    const rows = await this.db.query(
      `DELETE FROM idempotency_key WHERE lookup IN (
         SELECT lookup FROM idempotency_key WHERE created_at <= now() - make_interval(hours => $1) ORDER BY created_at LIMIT $2
       ) RETURNING 1`,
      [IDEMPOTENCY_TTL_HOURS, IDEMPOTENCY_PURGE_BATCH],
    );
    return rows.length;
  }
}
