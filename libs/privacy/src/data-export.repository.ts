import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { EXPORT_ATTEMPTS_MAX, EXPORT_CLAIM_STALE_SECONDS, EXPORT_KEEP_HOURS } from './privacy.constant';

export type DataExportState = 'QUEUED' | 'RUNNING' | 'READY' | 'FAILED' | 'EXPIRED';

export interface DataExportRow {
  id: string;
  userId: string;
  state: DataExportState;
  itemsDone: number;
  itemsTotal: number;
  attempts: number;
  requestedAt: Date;
  finishedAt: Date | null;
  expiresAt: Date | null;
  sizeBytes: number | null;
}

const COLUMNS = `id, user_id AS "userId", state, items_done AS "itemsDone", items_total AS "itemsTotal", attempts,
  requested_at AS "requestedAt", finished_at AS "finishedAt", expires_at AS "expiresAt", size_bytes::float8 AS "sizeBytes"`;

/** Export requests, their archives and one-time download tokens (tables of migration …-participant-data). */
@Injectable()
export class DataExportRepository {
  constructor(private readonly db: Db) {}

  /** A new request, or null when one is already QUEUED or RUNNING for the account. */
  async insert(userId: string): Promise<DataExportRow | null> {
    return this.db.one<DataExportRow>(
      `INSERT INTO data_export (user_id) VALUES ($1)
       ON CONFLICT (user_id) WHERE state IN ('QUEUED', 'RUNNING') DO NOTHING RETURNING ${COLUMNS}`,
      [userId],
    );
  }

  ofUser(userId: string, limit: number): Promise<DataExportRow[]> {
    return this.db.query<DataExportRow>(`SELECT ${COLUMNS} FROM data_export WHERE user_id = $1 ORDER BY requested_at DESC, id DESC LIMIT $2`, [userId, limit]);
  }

  one(userId: string, id: string): Promise<DataExportRow | null> {
    return this.db.one<DataExportRow>(`SELECT ${COLUMNS} FROM data_export WHERE id = $1 AND user_id = $2`, [id, userId]);
  }

  /**
   * The oldest queued export, or a running one whose worker stopped reporting (it died, the server
   * restarted), claimed with SKIP LOCKED so that instances never take the same one. `attempts`
   * is the claim: a worker whose claim was taken over writes nothing more.
   */
  claim(): Promise<DataExportRow | null> {
    return this.db.one<DataExportRow>(
      `UPDATE data_export SET state = 'RUNNING', claimed_at = now(), attempts = attempts + 1, items_done = 0
       WHERE id = (SELECT id FROM data_export
                   WHERE state = 'QUEUED' OR (state = 'RUNNING' AND claimed_at < now() - make_interval(secs => $1))
                   ORDER BY requested_at FOR UPDATE SKIP LOCKED LIMIT 1)
       RETURNING ${COLUMNS}`,
      [EXPORT_CLAIM_STALE_SECONDS],
    );
  }

  /** Progress of a claimed export (also its worker's heartbeat); false when the claim was lost. */
  /**
   * Written on a connection of its own, committed at once, even while the archive is read in its
   * read-only snapshot (ExportArchiveService.build): a client polling the export sees it move.
   */
  async progress(id: string, attempt: number, itemsDone: number, itemsTotal: number): Promise<boolean> {
    const runner = this.db.manager.connection.createQueryRunner();
    try {
      const { records } = await runner.query(
        `UPDATE data_export SET items_done = $3, items_total = $4, claimed_at = now() WHERE id = $1 AND attempts = $2 AND state = 'RUNNING' RETURNING id`,
        [id, attempt, itemsDone, itemsTotal],
        true,
      );
      return records.length === 1;
    } finally {
      await runner.release();
    }
  }

  async finish(id: string, attempt: number, archive: Buffer): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE data_export SET state = 'READY', archive = $3, size_bytes = $4, items_done = items_total, finished_at = now(),
              expires_at = now() + make_interval(hours => $5)
       WHERE id = $1 AND attempts = $2 AND state = 'RUNNING' RETURNING id`,
      [id, attempt, archive, archive.length, EXPORT_KEEP_HOURS],
    );
    return rows.length === 1;
  }

  /** After a failure: queued again, or FAILED once it has been tried EXPORT_ATTEMPTS_MAX times. */
  async failed(id: string, attempt: number): Promise<void> {
    await this.db.query(
      `UPDATE data_export SET state = CASE WHEN attempts >= $3 THEN 'FAILED' ELSE 'QUEUED' END,
              finished_at = CASE WHEN attempts >= $3 THEN now() END
       WHERE id = $1 AND attempts = $2 AND state = 'RUNNING'`,
      [id, attempt, EXPORT_ATTEMPTS_MAX],
    );
  }

  async issueToken(exportId: string, userId: string, tokenHash: Buffer, seconds: number): Promise<Date> {
    const row = await this.db.one<{ expiresAt: Date }>(
      `INSERT INTO data_export_download (token_hash, export_id, user_id, expires_at) VALUES ($1, $2, $3, now() + make_interval(secs => $4))
       RETURNING expires_at AS "expiresAt"`,
      [tokenHash, exportId, userId, seconds],
    );
    return row!.expiresAt;
  }

  /** Uses up a download token and answers its export's archive; null for an unknown, used or expired token, or an archive gone. */
  async redeem(exportId: string, tokenHash: Buffer): Promise<{ archive: Buffer; requestedAt: Date } | null> {
    return this.db.one<{ archive: Buffer; requestedAt: Date }>(
      `WITH used AS (
         UPDATE data_export_download SET used_at = now()
         WHERE token_hash = $1 AND export_id = $2 AND used_at IS NULL AND expires_at > now()
         RETURNING export_id, user_id)
       SELECT d.archive, d.requested_at AS "requestedAt" FROM data_export d JOIN used u ON u.export_id = d.id AND u.user_id = d.user_id
       WHERE d.state = 'READY' AND d.expires_at > now()`,
      [tokenHash, exportId],
    );
  }

  /** Items of a section for one participant: a page of `k > after`, in order. */
  sectionPage(sql: string, userId: string, after: string, limit: number): Promise<Array<{ k: string; doc: unknown }>> {
    return this.db.query(`SELECT s.k, s.doc FROM (${sql}) s WHERE s.k COLLATE "C" > $2 ORDER BY s.k COLLATE "C" LIMIT $3`, [userId, after, limit]);
  }

  async sectionCount(sql: string, userId: string): Promise<number> {
    const row = await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM (${sql}) s`, [userId]);
    return row!.n;
  }

  /** The challenges a participant has ledger entries in (their shares), under their voter or author pseudonyms. */
  async challengesWithEntries(userId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT DISTINCT challenge_id AS id FROM contribution WHERE participant_id IN (SELECT v.pseudonym FROM voter_pseudonym v WHERE v.participant_id = $1 UNION ALL SELECT a.pseudonym FROM author_pseudonym a WHERE a.participant_id = $1) ORDER BY 1`, [userId]);
    return rows.map((row) => row.id);
  }
}
