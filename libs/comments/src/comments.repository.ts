import { Injectable } from '@nestjs/common';
import { visibleChallengeSql } from '@pollen/challenges';
import { Db } from '@pollen/database';
import { lastSequenceSql } from '@pollen/events';
import { Visibility, isListed, listedForSql } from '@pollen/kernel';

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
  stance: string | null;
  visibility: Visibility;
  createdKey: string;
}

const COLUMNS = `c.id, c.idea_id AS "ideaId", c.challenge_id AS "challengeId", c.author_id AS "authorId",
  c.parent_id AS "parentId", c.body, c.deleted_at IS NOT NULL AS deleted, c.reply_count AS "replyCount",
  c.created_at AS "createdAt", c.edited_at AS "editedAt", c.helpful_at IS NOT NULL AS helpful, c.created_at::text AS "createdKey",
  c.stance, c.visibility`;

/**
 * Whether a comment counts in the public counts (an idea's `commentCount`): everyone can read it,
 * that is it is not deleted, VISIBLE, and so is every comment above it (a held, pending or hidden
 * comment takes its replies out of the thread with it). `alias` is a row of `comment`.
 */
export function countedCommentSql(alias: string): string {
  return `(${alias}.visibility = 'VISIBLE' AND ${alias}.deleted_at IS NULL AND NOT EXISTS (
    WITH RECURSIVE above AS (
      SELECT p.parent_id, p.visibility FROM comment p WHERE p.id = ${alias}.parent_id
      UNION ALL
      SELECT p.parent_id, p.visibility FROM comment p JOIN above a ON p.id = a.parent_id
    ) SELECT 1 FROM above WHERE above.visibility <> 'VISIBLE'))`;
}

/** What a comment's change of visibility moves in the public counts (see `publicWeight`). */
export interface PublicWeight {
  /** Every comment above it is VISIBLE: the thread is open to everyone down to it. */
  reachable: boolean;
  /** Its replies, and theirs, that everyone reads through it (not deleted, VISIBLE all the way down to it). */
  below: number;
}

/** A thread: top-level comments of an idea, or the replies to a comment. */
export type Thread = { kind: 'idea' | 'replies'; id: string };

@Injectable()
export class CommentsRepository {
  constructor(private readonly db: Db) {}

  async insert(values: {
    ideaId: string;
    challengeId: string;
    authorId: string;
    parentId: string | null;
    body: string;
    stance: string | null;
    visibility: Visibility;
  }): Promise<CommentRow> {
    const row = await this.db.one<CommentRow>(
      `INSERT INTO comment AS c (idea_id, challenge_id, author_id, parent_id, body, stance, visibility) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${COLUMNS}`,
      [values.ideaId, values.challengeId, values.authorId, values.parentId, values.body, values.stance, values.visibility],
    );
    // A reply count counts the replies everyone sees: a held or pending reply once it is visible.
    if (values.parentId && isListed(values.visibility)) await this.addReplies(values.parentId, 1);
    return row!;
  }

  /** Moves a comment's reply count when one of its replies enters (+1) or leaves (−1) what everyone sees. */
  async addReplies(parentId: string, delta: number): Promise<void> {
    await this.db.query(`UPDATE comment SET reply_count = reply_count + $2 WHERE id = $1`, [parentId, delta]);
  }

  /**
   * Whether the thread is open to everyone down to comment `id`, and how many of the comments
   * below it everyone reads through it: what its hold or its return moves in the idea's count.
   * Both walks are bounded by the idea's comments (comment_replies_idx, the parent's key).
   */
  async publicWeight(id: string): Promise<PublicWeight> {
    const row = await this.db.one<PublicWeight>(
      `WITH RECURSIVE above AS (
         SELECT p.parent_id, p.visibility FROM comment p WHERE p.id = (SELECT parent_id FROM comment WHERE id = $1)
         UNION ALL
         SELECT p.parent_id, p.visibility FROM comment p JOIN above a ON p.id = a.parent_id
       ), below AS (
         SELECT c.id, c.deleted_at FROM comment c WHERE c.parent_id = $1 AND c.visibility = 'VISIBLE'
         UNION ALL
         SELECT c.id, c.deleted_at FROM comment c JOIN below b ON c.parent_id = b.id WHERE c.visibility = 'VISIBLE'
       )
       SELECT NOT EXISTS (SELECT 1 FROM above WHERE visibility <> 'VISIBLE') AS reachable,
              (SELECT count(*)::int FROM below WHERE deleted_at IS NULL) AS below`,
      [id],
    );
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

  /** A new body and, when given (not undefined), a new stance. */
  edit(id: string, body: string, stance: string | null | undefined): Promise<CommentRow | null> {
    return this.db.one(
      `UPDATE comment c SET body = $2, edited_at = CASE WHEN c.body IS DISTINCT FROM $2 THEN now() ELSE c.edited_at END,
              stance = CASE WHEN $3 THEN $4 ELSE c.stance END
        WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [id, body, stance !== undefined, stance ?? null],
    );
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

  /**
   * One page of one thread, oldest first, after a (created_at, id) keyset: what everyone sees plus
   * the viewer's own held or pending comments (the visibility rule).
   */
  page(thread: Thread, viewerId: string | null, after: [string, string] | null, limit: number): Promise<CommentRow[]> {
    const where = thread.kind === 'idea' ? 'c.idea_id = $1 AND c.parent_id IS NULL' : 'c.parent_id = $1';
    return this.db.query(
      `SELECT ${COLUMNS} FROM comment c
        WHERE ${where} AND ${listedForSql('c', '$5')} AND ($2::timestamptz IS NULL OR (c.created_at, c.id) > ($2::timestamptz, $3::uuid))
        ORDER BY c.created_at, c.id LIMIT $4`,
      [thread.id, after?.[0] ?? null, after?.[1] ?? null, limit, viewerId],
    );
  }

  /** Someone's comments that still have their text, newest first, in the challenges `viewerId` may see, by the visibility rule (held ones for their author only). */
  byAuthor(authorId: string, viewerId: string | null, after: [string, string] | null, limit: number): Promise<CommentRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM comment c JOIN challenge ch ON ch.id = c.challenge_id
        WHERE c.author_id = $1 AND c.deleted_at IS NULL AND ${visibleChallengeSql('ch', '$2::uuid')} AND ${listedForSql('c', '$2')}
          AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY c.created_at DESC, c.id DESC LIMIT $5`,
      [authorId, viewerId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /**
   * The first `limit` comments of many threads of one kind in one query (for a page of ideas or
   * comments), by the same rule. An idea's thread comes with its challenge's `eventSequence` read
   * in the same query, hence the same snapshot: every event numbered up to it is in the page, so
   * a live client catching up from it misses none (a sequence read in a query of its own, even
   * a moment before, could be one that a comment the page does not hold was given in between).
   */
  async firstPages(kind: Thread['kind'], ids: readonly string[], viewerId: string | null, limit: number): Promise<{ rows: CommentRow[]; sequences: Map<string, number> }> {
    const parent = kind === 'idea' ? 'idea_id' : 'parent_id';
    const filter = kind === 'idea' ? 'AND parent_id IS NULL' : '';
    const sequence = kind === 'idea' ? lastSequenceSql('(SELECT i.challenge_id FROM idea i WHERE i.id = t.id)') : 'NULL::int';
    // A thread with no comment still gives its row (LEFT JOIN), for its sequence.
    const found = await this.db.query<CommentRow & { threadId: string; eventSequence: number | null }>(
      `SELECT t.id AS "threadId", ${sequence} AS "eventSequence", ${COLUMNS} FROM unnest($1::uuid[]) AS t(id)
         LEFT JOIN LATERAL (
           SELECT * FROM comment x WHERE ${parent} = t.id ${filter} AND ${listedForSql('x', '$3')} ORDER BY created_at, id LIMIT $2
         ) c ON true
        ORDER BY c.created_at, c.id`,
      [ids, limit, viewerId],
    );
    const sequences = new Map<string, number>();
    const rows: CommentRow[] = [];
    for (const { threadId, eventSequence, ...row } of found) {
      if (eventSequence !== null) sequences.set(threadId, eventSequence);
      if (row.id !== null) rows.push(row);
    }
    return { rows, sequences };
  }
}
