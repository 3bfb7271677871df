import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

export interface RefreshTokenRow {
  id: string;
  sessionId: string;
  userId: string;
  tokenHash: Buffer;
  expiresAt: Date;
  usedAt: Date | null;
  sessionRevokedAt: Date | null;
}

const TOKEN_ROW = `
  SELECT t.id, t.session_id AS "sessionId", s.user_id AS "userId", t.token_hash AS "tokenHash",
         t.expires_at AS "expiresAt", t.used_at AS "usedAt", s.revoked_at AS "sessionRevokedAt"
    FROM refresh_token t JOIN auth_session s ON s.id = t.session_id
   WHERE t.id = $1`;

@Injectable()
export class SessionsRepository {
  constructor(private readonly db: Db) {}

  async createSession(userId: string): Promise<string> {
    const row = await this.db.one<{ id: string }>(`INSERT INTO auth_session (user_id) VALUES ($1) RETURNING id`, [userId]);
    return row!.id;
  }

  async insertToken(sessionId: string, tokenHash: Buffer, ttlSeconds: number): Promise<string> {
    const row = await this.db.one<{ id: string }>(
      `INSERT INTO refresh_token (session_id, token_hash, expires_at)
       VALUES ($1, $2, now() + make_interval(secs => $3)) RETURNING id`,
      [sessionId, tokenHash, ttlSeconds],
    );
    return row!.id;
  }

  /** Locks the token row: two refreshes with one token are serialised, the second sees it used. */
  lockToken(id: string): Promise<RefreshTokenRow | null> {
    return this.db.one<RefreshTokenRow>(`${TOKEN_ROW} FOR UPDATE OF t`, [id]);
  }

  /** The token row as it stands, unlocked (a read that rotates nothing). */
  findToken(id: string): Promise<RefreshTokenRow | null> {
    return this.db.one<RefreshTokenRow>(TOKEN_ROW, [id]);
  }

  async markUsed(id: string): Promise<void> {
    await this.db.query(`UPDATE refresh_token SET used_at = now() WHERE id = $1`, [id]);
  }

  async revokeSession(sessionId: string, reason: string): Promise<void> {
    await this.db.query(
      `UPDATE auth_session SET revoked_at = now(), revoked_reason = $2 WHERE id = $1 AND revoked_at IS NULL`,
      [sessionId, reason],
    );
  }
}
