import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';

export interface BucketDelta {
  challengeId: string;
  metric: string;
  day: string;
  delta: number;
}

export interface ParticipantSeen {
  challengeId: string;
  bucket: 'DAY' | 'WEEK';
  start: string;
  userId: string;
}

export interface IdeaDelta {
  challengeId: string;
  ideaId: string;
  comments: number;
  upvotes: number;
  downvotes: number;
}

export interface BucketRow {
  metric: string;
  day: string;
  count: number;
}

export interface IdeaTotals {
  ideaId: string;
  comments: number;
  upvotes: number;
  downvotes: number;
}

/** The SQL of insights: the consumer's writes (each batch a few SQL statements) and the reads (index ranges only). */
@Injectable()
export class InsightsRepository {
  constructor(private readonly db: Db) {}

  /** Positions of the events already counted by a rebuild of their challenge (visible in its snapshot). */
  async coveredByRebuild(positions: string[]): Promise<Set<string>> {
    if (positions.length === 0) return new Set();
    const rows = await this.db.query<{ position: string }>(
      `SELECT e.position::text AS position FROM domain_event e JOIN insight_rebuild r ON r.challenge_id = COALESCE(e.challenge_id, (e.payload->>'challengeId')::uuid)
        WHERE e.position = ANY($1::bigint[]) AND pg_visible_in_snapshot(e.tx_id, r.snapshot)`,
      [positions],
    );
    return new Set(rows.map((row) => row.position));
  }

  /** Records who took part where; returns the (challenge, bucket, start) of those seen there for the first time. */
  async seeParticipants(seen: ParticipantSeen[]): Promise<ParticipantSeen[]> {
    if (seen.length === 0) return [];
    return this.db.query<ParticipantSeen>(
      `INSERT INTO insight_participant (challenge_id, bucket, start, user_id)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::uuid[])
       ON CONFLICT DO NOTHING
       RETURNING challenge_id AS "challengeId", bucket, start::text AS start, user_id AS "userId"`,
      [seen.map((s) => s.challengeId), seen.map((s) => s.bucket), seen.map((s) => s.start), seen.map((s) => s.userId)],
    );
  }

  /**
   * Adds deltas to the buckets. UPDATE then INSERT rather than INSERT … ON CONFLICT: PostgreSQL
   * checks an INSERT's proposed row before it finds the conflict, so a negative delta (a relabelled
   * text) would trip `count >= 0` even where the stored count stays positive. Only the consumer,
   * under its lock, writes here, so nothing comes between the two halves.
   */
  async addToBuckets(deltas: BucketDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.db.query(
      `WITH d AS (SELECT * FROM unnest($1::uuid[], $2::text[], $3::date[], $4::bigint[]) AS t(challenge_id, metric, day, delta)),
       updated AS (
         UPDATE insight_bucket b SET count = b.count + d.delta FROM d
          WHERE b.challenge_id = d.challenge_id AND b.metric = d.metric AND b.day = d.day
         RETURNING b.challenge_id, b.metric, b.day
       )
       INSERT INTO insight_bucket (challenge_id, metric, day, count)
       SELECT d.challenge_id, d.metric, d.day, d.delta FROM d
        WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.challenge_id = d.challenge_id AND u.metric = d.metric AND u.day = d.day)`,
      [deltas.map((d) => d.challengeId), deltas.map((d) => d.metric), deltas.map((d) => d.day), deltas.map((d) => d.delta)],
    );
  }

  /** Adds deltas to the ideas' running totals (UPDATE then INSERT, as addToBuckets). */
  async addToIdeas(deltas: IdeaDelta[]): Promise<void> {
    if (deltas.length === 0) return;
    await this.db.query(
      `WITH d AS (SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::int[], $4::int[], $5::int[]) AS t(idea_id, challenge_id, comments, upvotes, downvotes)),
       updated AS (
         UPDATE insight_idea i SET comments = i.comments + d.comments, upvotes = i.upvotes + d.upvotes, downvotes = i.downvotes + d.downvotes
           FROM d WHERE i.idea_id = d.idea_id
         RETURNING i.idea_id
       )
       INSERT INTO insight_idea (idea_id, challenge_id, comments, upvotes, downvotes)
       SELECT d.idea_id, d.challenge_id, d.comments, d.upvotes, d.downvotes FROM d
        WHERE NOT EXISTS (SELECT 1 FROM updated u WHERE u.idea_id = d.idea_id)`,
      [deltas.map((d) => d.ideaId), deltas.map((d) => d.challengeId), deltas.map((d) => d.comments), deltas.map((d) => d.upvotes), deltas.map((d) => d.downvotes)],
    );
  }

  /** The counts of `metrics` for the days in [from, to): one range of the primary key per metric. */
  buckets(challengeId: string, metrics: readonly string[], from: string, to: string): Promise<BucketRow[]> {
    return this.db.query<BucketRow>(
      `SELECT metric, day::text AS day, count::int AS count FROM insight_bucket
        WHERE challenge_id = $1 AND metric = ANY($2::text[]) AND day >= $3::date AND day < $4::date`,
      [challengeId, metrics, from, to],
    );
  }

  mostDiscussed(challengeId: string, limit: number): Promise<IdeaTotals[]> {
    return this.db.query<IdeaTotals>(
      `SELECT idea_id AS "ideaId", comments, upvotes, downvotes FROM insight_idea
        WHERE challenge_id = $1 AND comments > 0 ORDER BY comments DESC, idea_id LIMIT $2`,
      [challengeId, limit],
    );
  }

  /** Many votes both ways: ranked by the smaller side, then by the number of votes. */
  mostDivisive(challengeId: string, limit: number): Promise<IdeaTotals[]> {
    return this.db.query<IdeaTotals>(
      `SELECT idea_id AS "ideaId", comments, upvotes, downvotes FROM insight_idea
        WHERE challenge_id = $1 AND least(upvotes, downvotes) > 0
        ORDER BY least(upvotes, downvotes) DESC, (upvotes + downvotes) DESC, idea_id LIMIT $2`,
      [challengeId, limit],
    );
  }
}
