import type { ClientBase } from 'pg';

/**
 * Every PostgreSQL advisory lock Pollen takes, in one place: one number per kind of work, never
 * reused for another. A lock with a name is taken in its two-key form, (number, hashtext(name)),
 * so each name of that kind has a lock of its own.
 */
export const ADVISORY_LOCKS = {
  /** Session, waited for: instances starting together run the migrations one after another. */
  MIGRATIONS: 7411001,
  /** Transaction, tried: one counter folder per database (libs/ideas). */
  COUNTER_FOLD: 7411002,
  /** Session, tried, held while leading: one outbox relay per database (libs/realtime). */
  OUTBOX_RELAY: 7411003,
  /** Transaction, tried: one ledger sealer per database (libs/ledger). */
  LEDGER_SEAL: 7411004,
  /** With the consumer's name; transaction, tried: one runner per durable consumer (libs/events). A rebuild waits for it (libs/insights). */
  OUTBOX_CONSUMER: 7411010,
  /** Transaction, tried: one notification retention pass per database (libs/notifications). */
  NOTIFICATION_RETENTION: 7411020,
  /** Transaction, tried: one privacy retention pass per database (libs/privacy). */
  PRIVACY_RETENTION: 7411030,
  /** Session, waited for, on the admin database: test runs sharing a server build the template database once (test/setup). */
  TEST_TEMPLATE: 7411100,
  /** With the key's first 32 bits; transaction, waited for: requests with the same idempotency key run one after another (libs/idempotency). */
  IDEMPOTENCY_KEY: 7411200,
} as const;

export type AdvisoryLock = (typeof ADVISORY_LOCKS)[keyof typeof ADVISORY_LOCKS];

/** What a batch answers when another runner holds its lock: `PeriodicBatchJob` ends the pass. */
export const LOCK_HELD = -1;

/** The arguments of pg_*advisory_lock for a lock, named or not, from parameter `$at` on. */
export function lockArguments(lock: AdvisoryLock, name: string | number | undefined, at = 1): { sql: string; params: unknown[] } {
  if (name === undefined) return { sql: `$${at}::bigint`, params: [lock] };
  if (typeof name === 'number') return { sql: `$${at}::int, $${at + 1}::int`, params: [lock, name] };
  return { sql: `$${at}::int, hashtext($${at + 1})`, params: [lock, name] };
}

/**
 * Leadership held by a connection of its own (the outbox relay): true when this session now holds
 * the lock. It is held until released or until the connection ends, so a holder that dies hands
 * the work over by itself.
 */
export async function tryLeadership(client: ClientBase, lock: AdvisoryLock, name?: string): Promise<boolean> {
  const { sql, params } = lockArguments(lock, name);
  const { rows } = await client.query<{ ok: boolean }>(`SELECT pg_try_advisory_lock(${sql}) AS ok`, params);
  return rows[0].ok;
}

/** A connection of one's own: pg's client, or TypeORM's query runner. */
interface Connection {
  query(sql: string, params: unknown[]): Promise<unknown>;
}

/** Waits for a session lock on a connection of its own; runs `work` under it and releases it. */
export async function underSessionLock<T>(client: Connection, lock: AdvisoryLock, work: () => Promise<T>, name?: string): Promise<T> {
  const { sql, params } = lockArguments(lock, name);
  await client.query(`SELECT pg_advisory_lock(${sql})`, params);
  try {
    return await work();
  } finally {
    await client.query(`SELECT pg_advisory_unlock(${sql})`, params).catch(() => undefined);
  }
}
