import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

/** What erasure replaces removed texts with. */
export const TOMBSTONE = '[removed by its author]';
/** Strings shorter than this are not searched for in other rows (a two-letter name would match inside every word). */
export const SCRUB_MIN_LENGTH = 4;
/** Tables whose every text and JSON column is searched for the erased person's strings; new tables are found by the same query. */
const NOT_SCRUBBED = ['contribution', 'schema_migration', 'app_user', 'erasure_payout'];

export interface Authorship {
  ideaId: string;
  challengeId: string;
  shares: Array<[string, number]>;
}

/** The SQL of erasure: one place that knows where a participant's personal data and texts live. */
@Injectable()
export class ErasureRepository {
  constructor(private readonly db: Db) {}

  async credentials(userId: string): Promise<{ email: string | null; displayName: string; passwordHash: string | null } | null> {
    return this.db.one(`SELECT email, display_name AS "displayName", password_hash AS "passwordHash" FROM app_user WHERE id = $1 FOR UPDATE`, [userId]);
  }

  /** The participant's own texts (to find their copies elsewhere): ideas they proposed and their revisions, comments, report details. */
  async texts(userId: string): Promise<string[]> {
    const rows = await this.db.query<{ text: string }>(
      `SELECT unnest(ARRAY[title, body] || tags) AS text FROM idea WHERE author_id = $1
       UNION SELECT unnest(ARRAY[r.title, r.body] || r.tags) FROM idea_revision r JOIN idea i ON i.id = r.idea_id WHERE i.author_id = $1
       UNION SELECT body FROM comment WHERE author_id = $1 AND body IS NOT NULL
       UNION SELECT details FROM moderation_report WHERE reporter_id = $1 AND details IS NOT NULL`,
      [userId],
    );
    return rows.map((row) => row.text);
  }

  async challengesOf(userId: string, parties: readonly string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT DISTINCT challenge_id AS id FROM contribution WHERE participant_id = ANY($1::uuid[])
       UNION SELECT i.challenge_id FROM idea_author a JOIN idea i ON i.id = a.idea_id WHERE a.user_id = $2 ORDER BY 1`,
      [[userId, ...parties], userId],
    );
    return rows.map((row) => row.id);
  }

  /** The ideas the participant is an accepted author of, with every accepted author's share. */
  async authorships(userId: string): Promise<Authorship[]> {
    return this.db.query<Authorship>(
      `SELECT a.idea_id AS "ideaId", i.challenge_id AS "challengeId",
              (SELECT jsonb_agg(jsonb_build_array(o.user_id, o.share_bp) ORDER BY o.user_id) FROM idea_author o WHERE o.idea_id = a.idea_id AND o.accepted_at IS NOT NULL) AS shares
         FROM idea_author a JOIN idea i ON i.id = a.idea_id WHERE a.user_id = $1 AND a.accepted_at IS NOT NULL`,
      [userId],
    );
  }

  async setShares(ideaId: string, shares: Array<[string, number]>): Promise<void> {
    await this.db.query(
      `UPDATE idea_author a SET share_bp = s.share_bp FROM unnest($2::uuid[], $3::int[]) AS s(user_id, share_bp) WHERE a.idea_id = $1 AND a.user_id = s.user_id`,
      [ideaId, shares.map(([id]) => id), shares.map(([, bp]) => bp)],
    );
  }

  async record(userId: string, contentRemoved: boolean, credit: 'KEPT' | 'FORFEITED', payout: { contact: string; voterPseudonyms: string[]; authorPseudonyms: string[] } | null): Promise<Date> {
    const [row] = await this.db.query<{ erasedAt: Date }>(
      `INSERT INTO account_erasure (user_id, content_removed, credit) VALUES ($1, $2, $3) RETURNING erased_at AS "erasedAt"`,
      [userId, contentRemoved, credit],
    );
    if (payout) {
      await this.db.query(`INSERT INTO erasure_payout (user_id, contact, voter_pseudonyms, author_pseudonyms) VALUES ($1, $2, $3, $4)`, [userId, payout.contact, payout.voterPseudonyms, payout.authorPseudonyms]);
    }
    return row.erasedAt;
  }

  /** Personal data goes at once: email, name (the pseudonym's label instead), password, sessions, pending invitations to the address, data exports, kept idempotency answers. */
  async removePersonalData(userId: string, email: string | null, label: string): Promise<void> {
    await this.db.query(`UPDATE app_user SET email = NULL, password_hash = NULL, display_name = $2, erased_at = now() WHERE id = $1`, [userId, label]);
    await this.db.query(`UPDATE auth_session SET revoked_at = now(), revoked_reason = 'account erased' WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
    if (email) await this.db.query(`DELETE FROM organization_invitation WHERE email = $1`, [email]);
    // Data exports hold a copy of all of it (their download links go with them); one being built finds its row gone.
    await this.db.query(`DELETE FROM data_export WHERE user_id = $1`, [userId]);
    // Answers kept for replaying their requests (sealed, but theirs): a replay would need their revoked sessions anyway.
    await this.db.query(`DELETE FROM idempotency_key WHERE owner_id = $1`, [userId]);
  }

  /** Texts replaced by a tombstone, in their rows (search and trigram keys are generated from them) and their sentiment labels. */
  async tombstoneContent(userId: string): Promise<void> {
    await this.db.query(
      `DELETE FROM content_sentiment WHERE target_id IN (SELECT id FROM idea WHERE author_id = $1 UNION SELECT id FROM comment WHERE author_id = $1)`,
      [userId],
    );
    await this.db.query(`UPDATE idea_revision r SET title = $2, body = $2, tags = '{}' FROM idea i WHERE i.id = r.idea_id AND i.author_id = $1`, [userId, TOMBSTONE]);
    await this.db.query(`UPDATE idea SET title = $2, body = $2, tags = '{}' WHERE author_id = $1`, [userId, TOMBSTONE]);
    await this.db.query(`UPDATE comment SET body = $2 WHERE author_id = $1 AND body IS NOT NULL`, [userId, TOMBSTONE]);
    await this.db.query(`UPDATE moderation_report SET details = $2 WHERE reporter_id = $1 AND details IS NOT NULL`, [userId, TOMBSTONE]);
  }

  /**
   * Every copy of these strings in any other table's text and JSON columns (the outbox's
   * payloads, notifications, the moderation log, failures…), found from information_schema so
   * that a new table is covered, is replaced by the tombstone. One SQL statement per column.
   */
  async scrub(strings: readonly string[]): Promise<number> {
    const wanted = [...new Set(strings.filter((s) => s.length >= SCRUB_MIN_LENGTH))].sort((a, b) => b.length - a.length);
    if (!wanted.length) return 0;
    const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const plain = wanted.map(escape).join('|');
    // In JSON text a string appears escaped: search for that form too.
    const json = wanted.map((s) => escape(JSON.stringify(s).slice(1, -1))).join('|');
    const columns = await this.db.query<{ table: string; column: string; type: string }>(
      `SELECT c.table_name AS table, c.column_name AS column, c.data_type AS type FROM information_schema.columns c
         JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
        WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'jsonb', 'json', 'character varying') AND c.is_generated = 'NEVER'
          AND c.table_name <> ALL($1::text[]) ORDER BY 1, 2`,
      [NOT_SCRUBBED],
    );
    await this.db.query(`SELECT set_config('pollen.erasing', 'on', true)`);
    let changed = 0;
    for (const { table, column, type } of columns) {
      const target = `"${table}"."${column}"`;
      const sql = type.startsWith('json')
        ? `UPDATE "${table}" SET "${column}" = regexp_replace(${target}::text, $1, $2, 'g')::${type} WHERE ${target}::text ~ $1`
        : `UPDATE "${table}" SET "${column}" = regexp_replace(${target}, $1, $2, 'g') WHERE ${target} ~ $1`;
      changed += (await this.db.query(`${sql} RETURNING 1`, [type.startsWith('json') ? json : plain, TOMBSTONE])).length;
    }
    await this.db.query(`SELECT set_config('pollen.erasing', 'off', true)`);
    return changed;
  }
}
