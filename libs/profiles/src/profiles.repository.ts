import { Injectable } from '@nestjs/common';
import { visibleChallengeSql } from '@pollen/challenges';
import { Db } from '@pollen/database';
import { listedForSql, listedSql } from '@pollen/kernel';

export interface ContributionRow {
  participantId: string;
  challengeId: string;
  ideaCount: number;
  commentCount: number;
  lastContributedAt: Date;
  /** lastContributedAt as PostgreSQL prints it, for keyset cursors. */
  lastKey: string;
}

@Injectable()
export class ProfilesRepository {
  constructor(private readonly db: Db) {}

  /**
   * A participant's ideas (authored or co-authored) and live comments counted per challenge,
   * latest activity first, in the challenges `viewerId` may see; keyset on (latest, challenge).
   */
  contributions(participantId: string, viewerId: string | null, after: [string, string] | null, limit: number): Promise<ContributionRow[]> {
    return this.db.query(
      `WITH mine AS (
         SELECT i.challenge_id, count(*) AS ideas, 0 AS comments, max(i.created_at) AS latest
           FROM idea_author a JOIN idea i ON i.id = a.idea_id
          WHERE a.user_id = $1 AND a.accepted_at IS NOT NULL AND (${listedSql('i')} OR $1 = $2::uuid)
          GROUP BY i.challenge_id
         UNION ALL
         SELECT challenge_id, 0, count(*), max(created_at) FROM comment
          WHERE author_id = $1 AND deleted_at IS NULL AND ${listedForSql('comment', '$2')}
          GROUP BY challenge_id
       ), per AS (
         SELECT challenge_id, sum(ideas)::int AS ideas, sum(comments)::int AS comments, max(latest) AS latest
           FROM mine GROUP BY challenge_id
       )
       SELECT $1::uuid AS "participantId", per.challenge_id AS "challengeId", per.ideas AS "ideaCount", per.comments AS "commentCount",
              per.latest AS "lastContributedAt", per.latest::text AS "lastKey"
         FROM per JOIN challenge c ON c.id = per.challenge_id
        WHERE ${visibleChallengeSql('c', '$2::uuid')}
          AND ($3::timestamptz IS NULL OR (per.latest, per.challenge_id) < ($3::timestamptz, $4::uuid))
        ORDER BY per.latest DESC, per.challenge_id DESC
        LIMIT $5`,
      [participantId, viewerId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }
}
