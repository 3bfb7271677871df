import { Injectable } from '@nestjs/common';
import { visibleChallengeSql } from '@pollen/challenges';
import { Db } from '@pollen/database';
import type { UserEntity } from '@pollen/identity';
import { Visibility, listedSql } from '@pollen/kernel';
import { IdeaOrder, IdeaStatus } from './idea.model';
import { ReviewOrder } from './review-board.model';

export interface IdeaRow {
  id: string;
  challengeId: string;
  authorId: string;
  title: string;
  body: string;
  tags: string[];
  status: IdeaStatus;
  /** Who may see it (libs/kernel/src/visibility.policy.ts), and where a merged idea went. */
  visibility: Visibility;
  mergedInto: string | null;
  revision: number;
  /** Exact tallies: folded counters plus pending deltas, as of the query's snapshot. */
  upvotes: number;
  downvotes: number;
  score: number;
  commentCount: number;
  createdAt: Date;
  updatedAt: Date;
  /** Keyset values of the orderings (the folded score and HOT rank are what the indexes sort by). */
  createdKey: string;
  sortScore: number;
  hot: number;
  rank?: number;
  /**
   * The viewer's own vote (-1, 0, 1) and the author, when the query that read the row knew
   * them (a shared feed page); the `author` and `viewerVote` field resolvers answer from them
   * (`@AnswerFromRow`).
   */
  viewerVote?: number;
  author?: UserEntity;
  /** The row's cursor in its feed, when a shared page computed it once for all readers. */
  cursor?: string;
}

/** What changes by the second on a page of ideas, read exact per request with the viewer's votes. */
export interface LiveIdeaRow {
  id: string;
  status: IdeaStatus;
  visibility: Visibility;
  upvotes: number;
  downvotes: number;
  score: number;
  commentCount: number;
  viewerVote: number | null;
}

export interface DecisionRow {
  id: string;
  from: IdeaStatus;
  to: IdeaStatus;
  reason: string;
  decidedAt: Date;
}

export interface RevisionRow {
  revision: number;
  title: string;
  body: string;
  tags: string[];
  createdAt: Date;
}

/**
 * Selects ideas with exact tallies. The folded counters on the idea row are at most one fold
 * interval behind; adding the idea's pending deltas (usually none or a few rows, indexed) makes
 * every read exact, and a single query sees either the deltas or their fold, never both.
 */
const TALLIES = `
         i.upvotes + COALESCE(d.up, 0) AS upvotes,
         i.downvotes + COALESCE(d.down, 0) AS downvotes,
         i.upvotes + COALESCE(d.up, 0) - i.downvotes - COALESCE(d.down, 0) AS score,
         i.comment_count + COALESCE(d.comments, 0) AS "commentCount"`;
const SELECT_IDEA = `
  SELECT i.id, i.challenge_id AS "challengeId", i.author_id AS "authorId", i.title, i.body, i.tags, i.status,
         i.visibility, i.merged_into AS "mergedInto", i.revision, i.created_at AS "createdAt", i.updated_at AS "updatedAt", i.created_at::text AS "createdKey",
         i.score AS "sortScore", i.hot, ${TALLIES}`;
const PENDING = `
  LEFT JOIN LATERAL (
    SELECT sum(upvotes)::int AS up, sum(downvotes)::int AS down, sum(comments)::int AS comments
      FROM idea_counter_delta WHERE idea_id = i.id
  ) d ON true`;

/**
 * A step (see `oneRoundTrip`) reading the exact tallies of ideas ($1, uuid[]): `id, challenge_id,
 * upvotes, downvotes, score` (and the comment count), for a SQL statement that records them (the relay's tally events).
 */
export function talliesStep(ideaIds: readonly string[]): { text: string; params: unknown[] } {
  return {
    text: `SELECT i.id, i.challenge_id, ${TALLIES} FROM idea i ${PENDING} WHERE i.id = ANY($1::uuid[])`,
    params: [ideaIds],
  };
}

/** One idea ($1) with exact tallies; exported for queries that read more beside it (VotesRepository.readForVote). */
export const IDEA_BY_ID = `${SELECT_IDEA} FROM idea i ${PENDING} WHERE i.id = $1`;

/**
 * The review board's sort keys (two and the id, all descending), each order served by an index
 * of the challenge's visible ideas (migration 1796138400000): the folded counters, so the order
 * moves at each fold (COUNTER_FOLD_INTERVAL_MS) as TOP and HOT do, while each idea shows its exact
 * tally; the idea's sentiment score, unlabelled counting as neutral. `types` cast the cursor's keys.
 */
export const REVIEW_KEYS: Record<ReviewOrder, { keys: [string, string]; types: [string, string] }> = {
  SCORE: { keys: ['i.score', 'i.created_at'], types: ['int', 'timestamptz'] },
  DIVISIVENESS: { keys: ['least(i.upvotes, i.downvotes)', '(i.upvotes + i.downvotes)'], types: ['int', 'int'] },
  MOST_POSITIVE: { keys: ['COALESCE(i.sentiment_score, 0)', 'i.score'], types: ['real', 'int'] },
  MOST_NEGATIVE: { keys: ['(-COALESCE(i.sentiment_score, 0))', '(-i.score)'], types: ['real', 'int'] },
};

export interface FeedQuery {
  challengeId: string;
  order: IdeaOrder;
  search: string | null;
  tsConfig: string;
  after: Array<string | number> | null;
  limit: number;
}

// Inline (not from a CTE) so the planner sees the query text and can choose the GIN index.
const QUERY = `websearch_to_tsquery($3::regconfig, $2::text)`;

// Keyset predicate and ordering per feed; each matches an index (see the core migration).
const FEEDS: Record<IdeaOrder, { keyset: string; orderBy: string; arity: number }> = {
  NEW: { keyset: `(i.created_at, i.id) < ($5::timestamptz, $6::uuid)`, orderBy: `i.created_at DESC, i.id DESC`, arity: 2 },
  TOP: {
    keyset: `(i.score, i.created_at, i.id) < ($5::int, $6::timestamptz, $7::uuid)`,
    orderBy: `i.score DESC, i.created_at DESC, i.id DESC`,
    arity: 3,
  },
  HOT: { keyset: `(i.hot, i.id) < ($5::float8, $6::uuid)`, orderBy: `i.hot DESC, i.id DESC`, arity: 2 },
  RELEVANCE: {
    keyset: `(ts_rank(i.search_vector, ${QUERY}), i.id) < ($5::real, $6::uuid)`,
    orderBy: `ts_rank(i.search_vector, ${QUERY}) DESC, i.id DESC`,
    arity: 2,
  },
};

@Injectable()
export class IdeasRepository {
  constructor(private readonly db: Db) {}

  insert(values: {
    challengeId: string;
    authorId: string;
    title: string;
    body: string;
    tags: string[];
    tsConfig: string;
    visibility: Visibility;
  }): Promise<{ id: string } | null> {
    return this.db.one(
      `INSERT INTO idea (challenge_id, author_id, title, body, tags, ts_config, visibility)
       VALUES ($1, $2, $3, $4, $5, $6::regconfig, $7) RETURNING id`,
      [values.challengeId, values.authorId, values.title, values.body, values.tags, values.tsConfig, values.visibility],
    );
  }

  async insertRevision(ideaId: string, revision: number, values: { title: string; body: string; tags: string[] }, editedBy: string): Promise<void> {
    await this.db.query(
      `INSERT INTO idea_revision (idea_id, revision, title, body, tags, edited_by) VALUES ($1, $2, $3, $4, $5, $6)`,
      [ideaId, revision, values.title, values.body, values.tags, editedBy],
    );
  }

  async insertLineage(challengeId: string, ideaId: string, parentIds: string[]): Promise<void> {
    if (parentIds.length === 0) return;
    await this.db.query(
      `INSERT INTO idea_lineage (challenge_id, idea_id, parent_id) SELECT $1, $2, unnest($3::uuid[])`,
      [challengeId, ideaId, parentIds],
    );
  }

  /** Applies a revision and returns the new revision number; the row lock orders concurrent revisions. */
  async revise(ideaId: string, values: { title: string; body: string; tags: string[] }): Promise<number> {
    const row = await this.db.one<{ revision: number }>(
      `UPDATE idea SET title = $2, body = $3, tags = $4, revision = revision + 1, updated_at = now()
        WHERE id = $1 RETURNING revision`,
      [ideaId, values.title, values.body, values.tags],
    );
    return row!.revision;
  }

  findById(id: string, lock = false): Promise<IdeaRow | null> {
    return this.db.one(`${IDEA_BY_ID} ${lock ? 'FOR UPDATE OF i' : ''}`, [id]);
  }

  /**
   * Exact tallies and status of these ideas with the viewer's own vote on each (`viewerId` null:
   * anonymous): one query refreshes a shared feed page for one reader.
   */
  live(ids: readonly string[], viewerId: string | null): Promise<LiveIdeaRow[]> {
    return this.db.prepared(
      'ideas.live',
      `SELECT i.id, i.status, i.visibility, ${TALLIES}, v.value AS "viewerVote"
         FROM idea i ${PENDING}
         LEFT JOIN vote v ON v.idea_id = i.id AND v.user_id = $2::uuid
        WHERE i.id = ANY($1::uuid[])`,
      [ids, viewerId],
    );
  }

  findByIds(ids: readonly string[]): Promise<IdeaRow[]> {
    return this.db.query(`${SELECT_IDEA} FROM idea i ${PENDING} WHERE i.id = ANY($1::uuid[])`, [ids]);
  }

  /** Minimal look-up for validation (existence and challenge), without tallies. */
  findRefs(ids: readonly string[]): Promise<Array<{ id: string; challengeId: string; authorId: string }>> {
    return this.db.query(`SELECT id, challenge_id AS "challengeId", author_id AS "authorId" FROM idea WHERE id = ANY($1::uuid[])`, [ids]);
  }

  /** The "builds on" links above an idea, up to `depth` generations, with each ancestor's author. */
  ancestry(ideaId: string, depth: number): Promise<Array<{ ideaId: string; parentId: string; parentAuthorId: string }>> {
    return this.db.query(
      `WITH RECURSIVE up(idea_id, parent_id, depth) AS (
         SELECT idea_id, parent_id, 1 FROM idea_lineage WHERE idea_id = $1
         UNION
         SELECT l.idea_id, l.parent_id, up.depth + 1 FROM idea_lineage l JOIN up ON l.idea_id = up.parent_id WHERE up.depth < $2
       )
       SELECT DISTINCT up.idea_id AS "ideaId", up.parent_id AS "parentId", p.author_id AS "parentAuthorId"
         FROM up JOIN idea p ON p.id = up.parent_id`,
      [ideaId, depth],
    );
  }

  async setStatus(ideaId: string, status: IdeaStatus): Promise<void> {
    await this.db.query(`UPDATE idea SET status = $2, updated_at = now() WHERE id = $1`, [ideaId, status]);
  }

  insertDecision(values: { ideaId: string; from: IdeaStatus; to: IdeaStatus; reason: string; decidedBy: string }): Promise<{ id: string; decidedAt: Date } | null> {
    return this.db.one(
      `INSERT INTO idea_decision (idea_id, from_status, to_status, reason, decided_by) VALUES ($1, $2, $3, $4, $5)
       RETURNING id, decided_at AS "decidedAt"`,
      [values.ideaId, values.from, values.to, values.reason, values.decidedBy],
    );
  }

  /** A page of the review board: the challenge's visible ideas by `order`, with their keys as text (`reviewKeys`). */
  reviewBoard(params: {
    challengeId: string;
    order: ReviewOrder;
    status: IdeaStatus | null;
    after: [string | number, string | number, string] | null;
    limit: number;
  }): Promise<Array<IdeaRow & { reviewKeys: [string, string] }>> {
    const { keys: [k1, k2], types: [t1, t2] } = REVIEW_KEYS[params.order];
    return this.db.query(
      `${SELECT_IDEA}, ARRAY[(${k1})::text, (${k2})::text] AS "reviewKeys"
         FROM idea i ${PENDING}
        WHERE i.challenge_id = $1 AND ${listedSql('i')}
          AND ($2::text IS NULL OR i.status = $2)
          AND ($3::boolean IS FALSE OR (${k1}, ${k2}, i.id) < ($4::${t1}, $5::${t2}, $6::uuid))
        ORDER BY ${k1} DESC, ${k2} DESC, i.id DESC
        LIMIT ${Number(params.limit)}`,
      [params.challengeId, params.status, params.after !== null, params.after?.[0] ?? null, params.after?.[1] ?? null, params.after?.[2] ?? null],
    );
  }

  feed(query: FeedQuery): Promise<IdeaRow[]> {
    const feed = FEEDS[query.order];
    const after = query.after ?? [];
    return this.db.query(
      `${SELECT_IDEA}, CASE WHEN $2::text IS NULL THEN NULL ELSE ts_rank(i.search_vector, ${QUERY}) END AS rank
         FROM idea i ${PENDING}
        WHERE i.challenge_id = $1 AND ${listedSql('i')}
          AND ($2::text IS NULL OR i.search_vector @@ ${QUERY})
          AND ($4::boolean IS FALSE OR ${feed.keyset})
        ORDER BY ${feed.orderBy}
        LIMIT ${Number(query.limit)}`,
      [query.challengeId, query.search, query.tsConfig, query.after !== null, ...padded(after, feed.arity)],
    );
  }

  /**
   * Ideas someone authored (proposer or accepted co-author), newest first, in the challenges
   * `viewerId` may see: a participant's profile.
   */
  byParticipant(participantId: string, viewerId: string | null, after: [string, string] | null, limit: number): Promise<IdeaRow[]> {
    return this.db.query(
      `${SELECT_IDEA} FROM idea_author a
         JOIN idea i ON i.id = a.idea_id
         JOIN challenge c ON c.id = i.challenge_id ${PENDING}
        WHERE a.user_id = $1 AND a.accepted_at IS NOT NULL AND ${visibleChallengeSql('c', '$2::uuid')}
          -- the visibility rule: what everyone sees, and all of one's own ideas to oneself
          AND (${listedSql('i')} OR a.user_id = $2::uuid)
          AND ($3::timestamptz IS NULL OR (i.created_at, i.id) < ($3::timestamptz, $4::uuid))
        ORDER BY i.created_at DESC, i.id DESC
        LIMIT $5`,
      [participantId, viewerId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /**
   * Titles that contain something like `text` (pg_trgm word similarity, accent- and
   * case-insensitive, through the trigram index): a draft title finds the ideas it would
   * duplicate even when their titles are much longer. Best match first.
   */
  similar(challengeId: string, text: string, limit: number): Promise<IdeaRow[]> {
    return this.db.query(
      `${SELECT_IDEA} FROM idea i ${PENDING}
        WHERE i.challenge_id = $1 AND ${listedSql('i')} AND lower(pollen_unaccent($2)) <% i.title_key
        ORDER BY word_similarity(lower(pollen_unaccent($2)), i.title_key) DESC,
                 similarity(lower(pollen_unaccent($2)), i.title_key) DESC, i.id
        LIMIT $3`,
      [challengeId, text, limit],
    );
  }

  /** The latest `limit` revisions of each idea (older than `before` when given), newest first: one query for a page of ideas. */
  revisions(ideaIds: readonly string[], limit: number, before: number | null): Promise<Array<RevisionRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT k.id AS "ideaId", r.revision, r.title, r.body, r.tags, r.created_at AS "createdAt"
         FROM unnest($1::uuid[]) AS k(id)
         CROSS JOIN LATERAL (
           SELECT revision, title, body, tags, created_at FROM idea_revision
            WHERE idea_id = k.id AND ($3::int IS NULL OR revision < $3)
            ORDER BY revision DESC LIMIT $2
         ) r
        ORDER BY k.id, r.revision DESC`,
      [ideaIds, limit, before],
    );
  }

  /** The decisions on many ideas (at most IDEA_DECISIONS_MAX each, a constraint of the table), oldest first. */
  decisionsOf(ideaIds: readonly string[]): Promise<Array<DecisionRow & { ideaId: string }>> {
    return this.db.query(
      `SELECT idea_id AS "ideaId", id, from_status AS "from", to_status AS "to", reason, decided_at AS "decidedAt"
         FROM idea_decision WHERE idea_id = ANY($1::uuid[]) ORDER BY decided_at, id`,
      [ideaIds],
    );
  }

  /** The first `limit` ideas built on each of many ideas, oldest link first (through idea_lineage_parent_idx). */
  children(parentIds: readonly string[], limit: number): Promise<Array<{ key: string; other: string }>> {
    return this.db.query(
      `SELECT k.id AS key, l.idea_id AS other
         FROM unnest($1::uuid[]) AS k(id)
         CROSS JOIN LATERAL (
           SELECT idea_id, created_at FROM idea_lineage WHERE parent_id = k.id ORDER BY created_at, idea_id LIMIT $2
         ) l
        ORDER BY k.id, l.created_at, l.idea_id`,
      [parentIds, limit],
    );
  }

  /** The ideas many ideas build on (at most BUILDS_ON_MAX each, a constraint of idea_lineage): (ideaId, parentId) pairs. */
  parents(ideaIds: readonly string[]): Promise<Array<{ key: string; other: string }>> {
    return this.db.query(
      `SELECT idea_id AS key, parent_id AS other FROM idea_lineage WHERE idea_id = ANY($1::uuid[]) ORDER BY created_at, parent_id`,
      [ideaIds],
    );
  }
}

function padded(values: Array<string | number>, length: number): Array<string | number | null> {
  return [...values, ...Array<null>(Math.max(0, length - values.length)).fill(null)];
}
