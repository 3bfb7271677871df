import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import { Db } from '@pollen/database';

/**
 * How long an instance may believe a session is still open after it was revoked (logout, a reused
 * refresh token) on another instance: the state is re-read from the database, shared by every
 * instance, at most this often per session.
 */
export const SESSION_STATE_TTL_MS = 2_000;
const MAX_CACHED_SESSIONS = 100_000;
/**
 * How far before the last look `revokedSince` reads again: a revocation is stamped with its
 * transaction's start (`now()`), which may commit after a look that began later. Transactions are
 * bounded well below this (the SQL statement and idle-in-transaction timeouts).
 */
export const REVOCATION_LOOKBACK_MS = 15_000;

/** Sessions revoked since a mark, and the mark to give next time (the database's clock). */
export interface Revocations {
  sessionIds: string[];
  mark: string;
}

/**
 * Whether sessions are still open, for every access token presented (HTTP and sockets). An access
 * token names its session (`sid`); revoking the session ends the token within SESSION_STATE_TTL_MS
 * everywhere, and at once on the instance that revoked it.
 */
@Injectable()
export class SessionStates {
  // A promise per session: concurrent requests of one session share one read, and a newer state
  // (a batch read, a revocation here) replaces it without failing those still waiting on it.
  private readonly cache = new LRUCache<string, { open: Promise<boolean> }>({ max: MAX_CACHED_SESSIONS, ttl: SESSION_STATE_TTL_MS });

  constructor(private readonly db: Db) {}

  isOpen(sessionId: string): Promise<boolean> {
    const cached = this.cache.get(sessionId);
    if (cached) return cached.open;
    const open = this.read([sessionId]).then((rows) => rows.has(sessionId));
    const entry = { open };
    this.cache.set(sessionId, entry);
    open.catch(() => {
      if (this.cache.get(sessionId) === entry) this.cache.delete(sessionId);
    });
    return open;
  }

  /**
   * The sessions revoked after `mark` (less REVOCATION_LOOKBACK_MS; null: the first look), one
   * query over the revoked rows only (`auth_session_revoked_idx`): what an instance holding
   * sockets polls, instead of reading every socket's session. Those found are known closed here
   * at once.
   */
  async revokedSince(mark: string | null): Promise<Revocations> {
    const [row] = await this.db.query<{ mark: string; ids: string[] }>(
      `SELECT now()::text AS mark,
              array(SELECT id::text FROM auth_session
                     WHERE revoked_at IS NOT NULL AND revoked_at > COALESCE($1::timestamptz, now()) - $2 * interval '1 millisecond') AS ids`,
      [mark, REVOCATION_LOOKBACK_MS],
    );
    for (const id of row.ids) this.forget(id);
    return { sessionIds: row.ids, mark: row.mark };
  }

  /** This instance revoked it: no need to wait for the cache. */
  forget(sessionId: string): void {
    this.cache.set(sessionId, { open: Promise.resolve(false) });
  }

  private async read(ids: string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM auth_session WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL`, [ids]);
    return new Set(rows.map((row) => row.id));
  }
}
