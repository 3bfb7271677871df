import { Injectable } from '@nestjs/common';
import { countedCommentSql } from '@pollen/comments';
import { Db } from '@pollen/database';
import { Visibility, listedSql } from '@pollen/kernel';
import { REPORTER_MIN_AGE_HOURS } from './moderation.constant';

export interface IdeaTarget {
  id: string;
  challengeId: string;
  organizationId: string;
  authorId: string;
  /** Accepted authors (the proposer and co-authors): who is told about what happens to it. */
  authors: string[];
  visibility: Visibility;
  mergedInto: string | null;
  status: string;
  title: string;
}

export interface CommentTarget {
  id: string;
  ideaId: string;
  challengeId: string;
  organizationId: string;
  authorId: string;
  parentId: string | null;
  visibility: Visibility;
  deleted: boolean;
  helpful: boolean;
}

export interface ToneRow {
  targetType: 'IDEA' | 'COMMENT';
  targetId: string;
  challengeId: string;
  organizationId: string;
  authorId: string;
  ideaId: string;
  score: number;
  labelledAt: Date;
  negative: boolean;
}

/**
 * Moderation's reads and writes of the content it moderates: the one writer of `visibility`,
 * and the moves of a merge. Everything runs in the caller's transaction.
 */
@Injectable()
export class ModerationContentRepository {
  constructor(private readonly db: Db) {}

  ideas(ids: readonly string[], lock = false): Promise<IdeaTarget[]> {
    return this.db.query(
      `SELECT i.id, i.challenge_id AS "challengeId", c.organization_id AS "organizationId", i.author_id AS "authorId",
              ARRAY(SELECT a.user_id FROM idea_author a WHERE a.idea_id = i.id AND a.accepted_at IS NOT NULL ORDER BY a.role, a.invited_at, a.user_id) AS authors,
              i.visibility, i.merged_into AS "mergedInto", i.status, i.title
         FROM idea i JOIN challenge c ON c.id = i.challenge_id
        WHERE i.id = ANY($1::uuid[]) ORDER BY i.id ${lock ? 'FOR UPDATE OF i' : ''}`,
      [ids],
    );
  }

  comments(ids: readonly string[], lock = false): Promise<CommentTarget[]> {
    return this.db.query(
      `SELECT m.id, m.idea_id AS "ideaId", m.challenge_id AS "challengeId", c.organization_id AS "organizationId", m.author_id AS "authorId",
              m.parent_id AS "parentId", m.visibility, m.deleted_at IS NOT NULL AS deleted, m.helpful_at IS NOT NULL AS helpful
         FROM comment m JOIN challenge c ON c.id = m.challenge_id
        WHERE m.id = ANY($1::uuid[]) ORDER BY m.id ${lock ? 'FOR UPDATE OF m' : ''}`,
      [ids],
    );
  }

  user(id: string): Promise<{ id: string; displayName: string } | null> {
    return this.db.one(`SELECT id, display_name AS "displayName" FROM app_user WHERE id = $1`, [id]);
  }

  async setIdeaVisibility(id: string, visibility: Visibility, mergedInto: string | null = null): Promise<void> {
    await this.db.query(`UPDATE idea SET visibility = $2, merged_into = $3, updated_at = now() WHERE id = $1`, [id, visibility, mergedInto]);
  }

  async setCommentVisibility(id: string, visibility: Visibility): Promise<void> {
    await this.db.query(`UPDATE comment SET visibility = $2 WHERE id = $1`, [id, visibility]);
  }

  /**
   * Whether a reporter is in good standing: an account at least REPORTER_MIN_AGE_HOURS old with
   * at least one visible idea or comment (content the crowd accepted), not suspended by the
   * organisation; or a member of its team. A flood of fresh accounts counts for nothing.
   */
  async inStanding(userId: string, organizationId: string): Promise<boolean> {
    const row = await this.db.one<{ standing: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM organization_member WHERE organization_id = $2 AND user_id = $1)
              OR (u.created_at <= now() - make_interval(hours => $3)
                  AND (EXISTS (SELECT 1 FROM idea WHERE author_id = u.id AND visibility = 'VISIBLE')
                       OR EXISTS (SELECT 1 FROM comment WHERE author_id = u.id AND visibility = 'VISIBLE' AND deleted_at IS NULL))
                  AND NOT EXISTS (SELECT 1 FROM organization_suspension s WHERE s.organization_id = $2 AND s.user_id = u.id
                                   AND s.lifted_at IS NULL AND (s.until IS NULL OR s.until > now()))) AS standing
         FROM app_user u WHERE u.id = $1`,
      [userId, organizationId, REPORTER_MIN_AGE_HOURS],
    );
    return row?.standing ?? false;
  }

  /**
   * Whether a participant took part in a challenge as the reporter may see it: an idea they wrote
   * or a comment, listed for everyone (or anything of theirs, for the brand's team).
   */
  async tookPart(userId: string, challengeId: string, viewerIsTeam: boolean): Promise<boolean> {
    const row = await this.db.one<{ took: boolean }>(
      `SELECT EXISTS (SELECT 1 FROM idea i WHERE i.author_id = $1 AND i.challenge_id = $2 AND ($3 OR ${listedSql('i')}))
           OR EXISTS (SELECT 1 FROM comment m WHERE m.author_id = $1 AND m.challenge_id = $2 AND m.deleted_at IS NULL AND ($3 OR ${listedSql('m')})) AS took`,
      [userId, challengeId, viewerIsTeam],
    );
    return row?.took ?? false;
  }

  /** A participant's visible ideas and comments in the organisation's challenges (what a suspension may hide). */
  contentOf(userId: string, organizationId: string): Promise<Array<{ type: 'IDEA' | 'COMMENT'; id: string }>> {
    return this.db.query(
      `SELECT 'IDEA' AS type, i.id FROM idea i JOIN challenge c ON c.id = i.challenge_id
        WHERE i.author_id = $1 AND c.organization_id = $2 AND i.visibility IN ('VISIBLE', 'HELD', 'PENDING') AND i.status <> 'ADOPTED'
       UNION ALL
       SELECT 'COMMENT', m.id FROM comment m JOIN challenge c ON c.id = m.challenge_id
        WHERE m.author_id = $1 AND c.organization_id = $2 AND m.visibility IN ('VISIBLE', 'HELD', 'PENDING') AND m.deleted_at IS NULL
       LIMIT 1000`,
      [userId, organizationId],
    );
  }

  /**
   * The current sentiment of labelled content, with whether it is strongly negative now (at or
   * below `threshold`, and still visible: held, hidden or deleted content is out of the crowd's
   * sight already). Content without a label (a deleted comment) does not come back.
   */
  toneOf(targets: ReadonlyArray<{ kind: 'IDEA' | 'COMMENT'; id: string }>, threshold: number): Promise<ToneRow[]> {
    return this.db.query(
      `SELECT s.target_kind AS "targetType", s.target_id AS "targetId", s.challenge_id AS "challengeId", c.organization_id AS "organizationId",
              COALESCE(i.author_id, m.author_id) AS "authorId", COALESCE(m.idea_id, i.id) AS "ideaId", s.score, s.labelled_at AS "labelledAt",
              (s.label = 'NEGATIVE' AND s.score <= $3 AND COALESCE(i.visibility, m.visibility) = 'VISIBLE' AND m.deleted_at IS NULL) AS negative
         FROM unnest($1::text[], $2::uuid[]) AS t(kind, id)
         JOIN content_sentiment s ON s.target_kind = t.kind AND s.target_id = t.id
         JOIN challenge c ON c.id = s.challenge_id
         LEFT JOIN idea i ON t.kind = 'IDEA' AND i.id = t.id
         LEFT JOIN comment m ON t.kind = 'COMMENT' AND m.id = t.id`,
      [targets.map((t) => t.kind), targets.map((t) => t.id), threshold],
    );
  }

  // ---- merges ----

  votesOf(ideaId: string): Promise<Array<{ userId: string; value: number }>> {
    return this.db.query(`SELECT user_id AS "userId", value FROM vote WHERE idea_id = $1 ORDER BY user_id FOR UPDATE`, [ideaId]);
  }

  /** Moves these voters' votes from one idea to another; returns the votes moved. */
  moveVotes(from: string, to: string, userIds: readonly string[]): Promise<Array<{ userId: string; value: number }>> {
    if (!userIds.length) return Promise.resolve([]);
    return this.db.query(`UPDATE vote SET idea_id = $2, updated_at = now() WHERE idea_id = $1 AND user_id = ANY($3::uuid[]) RETURNING user_id AS "userId", value`, [
      from,
      to,
      userIds,
    ]);
  }

  async deleteVotes(ideaId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length) await this.db.query(`DELETE FROM vote WHERE idea_id = $1 AND user_id = ANY($2::uuid[])`, [ideaId, userIds]);
  }

  /** Puts back votes a merge removed; returns those written (a voter who voted again since keeps that vote). */
  restoreVotes(ideaId: string, votes: ReadonlyArray<{ userId: string; value: number }>): Promise<Array<{ userId: string; value: number }>> {
    if (!votes.length) return Promise.resolve([]);
    return this.db.query(
      `INSERT INTO vote (idea_id, user_id, value) SELECT $1, u, v FROM unnest($2::uuid[], $3::smallint[]) AS t(u, v)
       ON CONFLICT DO NOTHING RETURNING user_id AS "userId", value`,
      [ideaId, votes.map((v) => v.userId), votes.map((v) => v.value)],
    );
  }

  /** Moves comments under another idea; returns them with whether each counts (visible, not deleted). */
  moveComments(from: string, to: string, ids: readonly string[] | null): Promise<Array<{ id: string; counted: boolean }>> {
    return this.db.query(
      `UPDATE comment m SET idea_id = $2 WHERE idea_id = $1 AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
       RETURNING id, ${countedCommentSql('m')} AS counted`,
      [from, to, ids],
    );
  }

  async addCoAuthors(ideaId: string, userIds: readonly string[], by: string): Promise<void> {
    if (!userIds.length) return;
    await this.db.query(
      `INSERT INTO idea_author (idea_id, user_id, role, share_bp, invited_by, accepted_at)
       SELECT $1, u, 'CO_AUTHOR', 0, $3, now() FROM unnest($2::uuid[]) AS u ON CONFLICT DO NOTHING`,
      [ideaId, userIds, by],
    );
  }

  async removeAuthors(ideaId: string, userIds: readonly string[]): Promise<void> {
    if (userIds.length) await this.db.query(`DELETE FROM idea_author WHERE idea_id = $1 AND user_id = ANY($2::uuid[]) AND role = 'CO_AUTHOR'`, [ideaId, userIds]);
  }

  /** Accepted authors with their shares (basis points), in user id order, locked. */
  shares(ideaId: string): Promise<Array<{ userId: string; shareBp: number }>> {
    return this.db.query(
      `SELECT user_id AS "userId", share_bp AS "shareBp" FROM idea_author WHERE idea_id = $1 AND accepted_at IS NOT NULL ORDER BY user_id FOR UPDATE`,
      [ideaId],
    );
  }

  async setShares(ideaId: string, shares: Array<[string, number]>): Promise<void> {
    await this.db.query(
      `UPDATE idea_author a SET share_bp = s.share FROM unnest($2::uuid[], $3::int[]) AS s(user_id, share) WHERE a.idea_id = $1 AND a.user_id = s.user_id`,
      [ideaId, shares.map((s) => s[0]), shares.map((s) => s[1])],
    );
  }

  async dropSplitProposal(ideaId: string): Promise<void> {
    await this.db.query(`DELETE FROM authorship_proposal WHERE idea_id = $1`, [ideaId]);
  }

  /**
   * Likely duplicates in a challenge: visible idea pairs whose accent-folded titles are alike
   * (pg_trgm similarity through the trigram index), most alike first, each pair once; among the
   * challenge's 500 newest ideas, where a wave of duplicates lands.
   */
  duplicatePairs(challengeId: string, threshold: number, limit: number): Promise<Array<{ ideaId: string; otherId: string; similarity: number }>> {
    return this.db.query(
      `SELECT a.id AS "ideaId", b.id AS "otherId", round(similarity(a.title_key, b.title_key)::numeric, 3)::float8 AS similarity
         FROM (SELECT id, challenge_id, title_key FROM idea WHERE challenge_id = $1 AND visibility = 'VISIBLE'
                ORDER BY created_at DESC LIMIT 500) a
         JOIN LATERAL (
           SELECT x.id, x.title_key FROM idea x
            WHERE x.challenge_id = a.challenge_id AND x.visibility = 'VISIBLE' AND x.id > a.id AND x.title_key % a.title_key
            ORDER BY similarity(x.title_key, a.title_key) DESC LIMIT 3
         ) b ON true
        WHERE similarity(a.title_key, b.title_key) >= $2
        ORDER BY similarity DESC, a.id, b.id LIMIT $3`,
      [challengeId, threshold, limit],
    );
  }
}
