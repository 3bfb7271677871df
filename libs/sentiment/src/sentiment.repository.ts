import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { SentimentLabel } from './sentiment-analysis.util';
import { SentimentLanguage } from './sentiment-lexicon';

export type SentimentTarget = 'IDEA' | 'COMMENT';

/** The current text of a piece of content, as the consumer labels it. `text` null: a deleted comment. */
export interface ContentText {
  kind: SentimentTarget;
  id: string;
  challengeId: string;
  language: SentimentLanguage;
  text: string | null;
  createdAt: Date;
}

export interface SentimentRow {
  kind: SentimentTarget;
  id: string;
  challengeId: string;
  label: SentimentLabel;
  score: number;
  language: SentimentLanguage;
  textHash: string;
  contentCreatedAt: Date;
  labelledAt: Date;
}

/** A label set, changed or removed, with what it was before (null: none). */
export interface SentimentChange {
  kind: SentimentTarget;
  id: string;
  challengeId: string;
  label: SentimentLabel | null;
  previousLabel: SentimentLabel | null;
  score: number | null;
  contentCreatedAt: Date;
}

const COLUMNS = `s.target_kind AS kind, s.target_id AS id, s.challenge_id AS "challengeId", s.label, s.score, s.language,
  s.text_hash AS "textHash", s.content_created_at AS "contentCreatedAt", s.labelled_at AS "labelledAt"`;

@Injectable()
export class SentimentRepository {
  constructor(private readonly db: Db) {}

  /** The current texts of ideas (title and body) and comments, with their challenge's language: two index lookups. */
  texts(ideaIds: string[], commentIds: string[]): Promise<ContentText[]> {
    return this.db.query<ContentText>(
      `SELECT 'IDEA' AS kind, i.id, i.challenge_id AS "challengeId", c.language, i.title || E'.\\n' || i.body AS text, i.created_at AS "createdAt"
         FROM idea i JOIN challenge c ON c.id = i.challenge_id WHERE i.id = ANY($1::uuid[])
       UNION ALL
       SELECT 'COMMENT', m.id, m.challenge_id, c.language, m.body, m.created_at
         FROM comment m JOIN challenge c ON c.id = m.challenge_id WHERE m.id = ANY($2::uuid[])`,
      [ideaIds, commentIds],
    );
  }

  /**
   * Sets the labels in one SQL statement; a row whose text is unchanged (same hash) is left alone,
   * so replaying an event changes nothing. Returns what changed.
   */
  async upsert(rows: Array<Omit<SentimentRow, 'labelledAt'>>): Promise<SentimentChange[]> {
    if (rows.length === 0) return [];
    return this.db.query<SentimentChange>(
      `WITH input AS (
         SELECT * FROM unnest($1::text[], $2::uuid[], $3::uuid[], $4::text[], $5::real[], $6::text[], $7::text[], $8::timestamptz[])
           AS t(kind, id, challenge_id, label, score, language, text_hash, created_at)
       ), previous AS (
         SELECT s.target_kind, s.target_id, s.label FROM content_sentiment s JOIN input i ON i.kind = s.target_kind AND i.id = s.target_id
       ), written AS (
         INSERT INTO content_sentiment AS s (target_kind, target_id, challenge_id, label, score, language, text_hash, content_created_at)
         SELECT kind, id, challenge_id, label, score, language, text_hash, created_at FROM input
         ON CONFLICT (target_kind, target_id) DO UPDATE
           SET label = EXCLUDED.label, score = EXCLUDED.score, language = EXCLUDED.language, text_hash = EXCLUDED.text_hash, labelled_at = now()
           WHERE s.text_hash <> EXCLUDED.text_hash
         RETURNING s.target_kind, s.target_id, s.challenge_id, s.label, s.score, s.content_created_at
       )
       SELECT w.target_kind AS kind, w.target_id AS id, w.challenge_id AS "challengeId", w.label, w.score,
              p.label AS "previousLabel", w.content_created_at AS "contentCreatedAt"
         FROM written w LEFT JOIN previous p ON p.target_kind = w.target_kind AND p.target_id = w.target_id`,
      [
        rows.map((row) => row.kind),
        rows.map((row) => row.id),
        rows.map((row) => row.challengeId),
        rows.map((row) => row.label),
        rows.map((row) => row.score),
        rows.map((row) => row.language),
        rows.map((row) => row.textHash),
        rows.map((row) => row.contentCreatedAt),
      ],
    );
  }

  /** Removes the labels of deleted content; returns what was removed. */
  remove(kind: SentimentTarget, ids: string[]): Promise<SentimentChange[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.db.query<SentimentChange>(
      `DELETE FROM content_sentiment s WHERE s.target_kind = $1 AND s.target_id = ANY($2::uuid[])
       RETURNING s.target_kind AS kind, s.target_id AS id, s.challenge_id AS "challengeId", NULL AS label, NULL::real AS score,
                 s.label AS "previousLabel", s.content_created_at AS "contentCreatedAt"`,
      [kind, ids],
    );
  }

  byTargets(kind: SentimentTarget, ids: readonly string[]): Promise<SentimentRow[]> {
    return this.db.query<SentimentRow>(`SELECT ${COLUMNS} FROM content_sentiment s WHERE s.target_kind = $1 AND s.target_id = ANY($2::uuid[])`, [kind, ids]);
  }
}
