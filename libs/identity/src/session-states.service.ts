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
 * Whether sessions are still open, for every access token presented (HTTP and sockets). An access
 * token names its session (`sid`); revoking the session ends the token within SESSION_STATE_TTL_MS
 * everywhere, and at once on the instance that revoked it.
 */
@Injectable()
export class SessionStates {
  private readonly cache = new LRUCache<string, boolean>({
    max: MAX_CACHED_SESSIONS,
    ttl: SESSION_STATE_TTL_MS,
    // Concurrent requests of one session share one read.
    fetchMethod: async (sessionId) => (await this.read([sessionId])).has(sessionId),
  });

  constructor(private readonly db: Db) {}

  async isOpen(sessionId: string): Promise<boolean> {
    return (await this.cache.fetch(sessionId)) ?? false;
  }

  /** The open sessions among `ids`, reading the ones not known lately in one statement. */
  async openAmong(ids: Iterable<string>): Promise<Set<string>> {
    const open = new Set<string>();
    const unknown: string[] = [];
    for (const id of new Set(ids)) {
      const state = this.cache.get(id);
      if (state === undefined) unknown.push(id);
      else if (state) open.add(id);
    }
    if (unknown.length) {
      const read = await this.read(unknown);
      for (const id of unknown) {
        this.cache.set(id, read.has(id));
        if (read.has(id)) open.add(id);
      }
    }
    return open;
  }

  /** This instance revoked it: no need to wait for the cache. */
  forget(sessionId: string): void {
    this.cache.set(sessionId, false);
  }

  private async read(ids: string[]): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM auth_session WHERE id = ANY($1::uuid[]) AND revoked_at IS NULL`, [ids]);
    return new Set(rows.map((row) => row.id));
  }
}
