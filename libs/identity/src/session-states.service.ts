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

  /** The open sessions among `ids`, reading the ones not known lately in one statement. */
  async openAmong(ids: Iterable<string>): Promise<Set<string>> {
    const open = new Set<string>();
    const known: Array<[string, Promise<boolean>]> = [];
    const unknown: string[] = [];
    for (const id of new Set(ids)) {
      const cached = this.cache.get(id);
      if (cached) known.push([id, cached.open]);
      else unknown.push(id);
    }
    if (unknown.length) {
      const read = await this.read(unknown);
      for (const id of unknown) {
        this.cache.set(id, { open: Promise.resolve(read.has(id)) });
        if (read.has(id)) open.add(id);
      }
    }
    for (const [id, state] of known) if (await state.catch(() => true)) open.add(id);
    return open;
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
