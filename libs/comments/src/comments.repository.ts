import { Injectable } from '@nestjs/common';
import { visibleChallengeSql } from '@pollen/challenges';
import { Db } from '@pollen/database';

export interface CommentRow {
  id: string;
  ideaId: string;
  challengeId: string;
  authorId: string;
  parentId: string | null;
  body: string | null;
  deleted: boolean;
  replyCount: number;
  createdAt: Date;
  editedAt: Date | null;
  helpful: boolean;
  createdKey: string;
}

const COLUMNS = `c.id, c.idea_id AS "ideaId", c.challenge_id AS "challengeId", c.author_id AS "authorId",
  c.parent_id AS "parentId", c.body, c.deleted_at IS NOT NULL AS deleted, c.reply_count AS "replyCount",
  c.created_at AS "createdAt", c.edited_at AS "editedAt", c.helpful_at IS NOT NULL AS helpful, c.created_at::text AS "createdKey"`;

/** A thread: top-level comments of an idea, or the replies to a comment. */
export type Thread = { kind: 'idea' | 'replies'; id: string };

@Injectable()
export class CommentsRepository {
  constructor(private readonly db: Db) {}

  async insert(values: { ideaId: string; challengeId: string; authorId: string; parentId: string | null; body: string }): Promise<CommentRow> {
    const row = await this.db.one<CommentRow>(
      `INSERT INTO comment AS c (idea_id, challenge_id, author_id, parent_id, body) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
      [values.ideaId, values.challengeId, values.authorId, values.parentId, values.body],
    );
    if (values.parentId) await this.db.query(`UPDATE comment SET reply_count = reply_count + 1 WHERE id = $1`, [values.parentId]);
    return row!;
  }

  findById(id: string, lock = false): Promise<CommentRow | null> {
    return this.db.one(`SELECT ${COLUMNS} FROM comment c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  }

  findByIds(ids: readonly string[]): Promise<CommentRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM comment c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  authorsOf(ids: readonly string[]): Promise<Array<{ id: string; authorId: string }>> {
    return this.db.query(`SELECT id, author_id AS "authorId" FROM comment WHERE id = ANY($1::uuid[])`, [ids]);
  }

  edit(id: string, body: string): Promise<CommentRow | null> {
    return this.db.one(`UPDATE comment c SET body = $2, edited_at = now() WHERE c.id = $1 RETURNING ${COLUMNS}`, [id, body]);
  }

  setHelpful(id: string, helpful: boolean, by: string): Promise<CommentRow | null> {
    return this.db.one(
      `UPDATE comment c SET helpful_at = CASE WHEN $2 THEN now() END, helpful_by = CASE WHEN $2 THEN $3::uuid END WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [id, helpful, by],
    );
  }

  /** Keeps the row (and its place in the thread) without its text. */
  softDelete(id: string): Promise<CommentRow | null> {
    return this.db.one(`UPDATE comment c SET body = NULL, deleted_at = now(), helpful_at = NULL, helpful_by = NULL WHERE c.id = $1 RETURNING ${COLUMNS}`, [id]);
  }

  /** One page of one thread, oldest first, after a (created_at, id) keyset. */
  page(thread: Thread, after: [string, string] | null, limit: number): Promise<CommentRow[]> {
    const where = thread.kind === 'idea' ? 'c.idea_id = $1 AND c.parent_id IS NULL' : 'c.parent_id = $1';
    return this.db.query(
      `SELECT ${COLUMNS} FROM comment c
        WHERE ${where} AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
        ORDER BY c.created_at, c.id LIMIT $4`,
      [thread.id, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** Someone's comments that still have their text, newest first, in the challenges `viewerId` may see. */
  byAuthor(authorId: string, viewerId: string | null, after: [string, string] | null, limit: number): Promise<CommentRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM comment c JOIN challenge ch ON ch.id = c.challenge_id
        WHERE c.author_id = $1 AND c.deleted_at IS NULL AND ${visibleChallengeSql('ch', '$2::uuid')}
          AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY c.created_at DESC, c.id DESC LIMIT $5`,
      [authorId, viewerId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** The first `limit` comments of many threads of one kind in one query (for a page of ideas or comments). */
  firstPages(kind: Thread['kind'], ids: readonly string[], limit: number): Promise<CommentRow[]> {
    const parent = kind === 'idea' ? 'idea_id' : 'parent_id';
    const filter = kind === 'idea' ? 'AND parent_id IS NULL' : '';
    return this.db.query(
      `SELECT ${COLUMNS} FROM unnest($1::uuid[]) AS t(id)
         CROSS JOIN LATERAL (
           SELECT * FROM comment WHERE ${parent} = t.id ${filter} ORDER BY created_at, id LIMIT $2
         ) c
        ORDER BY c.created_at, c.id`,
      [ids, limit],
    );
  }
}
