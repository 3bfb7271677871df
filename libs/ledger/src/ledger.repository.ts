import { Injectable } from '@nestjs/common';
import { Db, Sql, SqlStep, oneRoundTrip } from '@pollen/database';
import { BATCHED_KINDS, ContributionKind, PARTICIPATION_KINDS } from './contribution-kind';
import { LedgerEntry, UnsealedEntry } from './ledger-entry';
import { BASIS_POINTS, OwnershipPolicy } from './ownership-policy';
import { PARTICIPATION_CAP_BP, ParticipationCredit } from './farming.policy';
import { KindTally, OwnershipTallies, emptyTallies, participationKey } from './ownership-tallies';

export interface PolicyRow extends OwnershipPolicy {
  frozenAt: Date | null;
}

export interface NewEntry {
  challengeId: string;
  kind: ContributionKind;
  participantId: string;
  ideaId?: string | null;
  commentId?: string | null;
  points: bigint;
  detail?: Record<string, unknown>;
}

/** An entry a compensation cancelled (its id), as compensateAll returns it. */
export interface CancelledEntry {
  id: string;
  kind: ContributionKind;
  participantId: string;
  ideaId: string | null;
  commentId: string | null;
  points: string;
}

/** farming.policy.ts's `diminished(n, w)` (w + ⌊w/2⌋ + ⌊w/4⌋ … over n terms) as a SQL expression; one term for the usual single vote. */
const diminishedSql = (n: string, w: string): string =>
  `CASE WHEN ${n} <= 0 OR ${w} <= 0 THEN 0::bigint WHEN ${n} = 1 THEN ${w}
        ELSE (SELECT sum(${w} >> g.i)::bigint FROM generate_series(0, least(${n}, 63) - 1) AS g(i)) END`;

/**
 * farming.policy.ts's `participationCredit` over ownership_participation, in PostgreSQL ($1 the
 * challenges, $2 PARTICIPATION_CAP_BP, $3 BASIS_POINTS): per challenge and (idea, participant) the diminished
 * credit of each kind (comments only as many as were marked helpful), per idea the cap at half the
 * idea's credit with each share scaled down in proportion (truncated, as BigInt division is), then
 * per participant and kind the credit and what was recorded on ideas. Integer maths throughout
 * (numeric where products outgrow bigint), so the result is the TypeScript rule's, bit for bit
 * (test/ownership/participation-credit.e2e-spec.ts).
 */
const PARTICIPATION_CREDIT_SQL = `
  WITH pair AS (
    SELECT challenge_id, idea_id, participant_id,
           greatest(max(entries) FILTER (WHERE kind = 'COMMENT'), 0) AS comments,
           greatest(max(entries) FILTER (WHERE kind = 'COMMENT_HELPFUL'), 0) AS helpful,
           greatest(max(entries) FILTER (WHERE kind = 'VOTE_CAST'), 0) AS votes,
           coalesce(max(CASE WHEN entries > 0 THEN points / entries ELSE 0 END) FILTER (WHERE kind = 'COMMENT'), 0) AS comment_weight,
           coalesce(max(CASE WHEN entries > 0 THEN points / entries ELSE 0 END) FILTER (WHERE kind = 'COMMENT_HELPFUL'), 0) AS helpful_weight,
           coalesce(max(CASE WHEN entries > 0 THEN points / entries ELSE 0 END) FILTER (WHERE kind = 'VOTE_CAST'), 0) AS vote_weight,
           max(points) FILTER (WHERE kind = 'COMMENT') AS comment_points,
           max(points) FILTER (WHERE kind = 'COMMENT_HELPFUL') AS helpful_points,
           max(points) FILTER (WHERE kind = 'VOTE_CAST') AS vote_points
      FROM ownership_participation WHERE challenge_id = ANY($1::uuid[])
     GROUP BY challenge_id, idea_id, participant_id
  ), raw AS MATERIALIZED (
    SELECT challenge_id, idea_id, participant_id, comment_points, helpful_points, vote_points,
           ${diminishedSql('least(comments, helpful)', 'comment_weight')} AS c,
           ${diminishedSql('helpful', 'helpful_weight')} AS h,
           ${diminishedSql('votes', 'vote_weight')} AS v
      FROM pair
  ), idea AS (
    SELECT r.challenge_id, r.idea_id, sum(r.c + r.h + r.v) AS total,
           coalesce((SELECT CASE WHEN sum(o.points) > 0 THEN sum(o.points) * $2 ELSE 0 END
                       FROM ownership_idea o WHERE o.challenge_id = r.challenge_id AND o.idea_id = r.idea_id), 0) AS cap
      FROM raw r GROUP BY r.challenge_id, r.idea_id
  ), credit AS (
    SELECT r.challenge_id, r.participant_id,
           sum(CASE WHEN i.under THEN r.c * $3 ELSE div(r.c * i.cap, i.total) END) AS c,
           sum(CASE WHEN i.under THEN r.h * $3 ELSE div(r.h * i.cap, i.total) END) AS h,
           sum(CASE WHEN i.under THEN r.v * $3 ELSE div(r.v * i.cap, i.total) END) AS v,
           sum(r.comment_points) AS comment_points, sum(r.helpful_points) AS helpful_points, sum(r.vote_points) AS vote_points
      FROM raw r JOIN (SELECT challenge_id, idea_id, total, cap, total * $3 <= cap AS under FROM idea) i USING (challenge_id, idea_id)
     GROUP BY r.challenge_id, r.participant_id
  )
  SELECT c.challenge_id AS "challengeId", c.participant_id AS "participantId", k.kind, k.credit::text AS credit, k.recorded::text AS recorded
    FROM credit c
   CROSS JOIN LATERAL (VALUES ('COMMENT', c.c, c.comment_points), ('COMMENT_HELPFUL', c.h, c.helpful_points), ('VOTE_CAST', c.v, c.vote_points)) AS k(kind, credit, recorded)`;

/**
 * The first `$4` participants of a statement (buildStatement's points and order, payoutsOf's
 * shares of 10,000) ranked in PostgreSQL over the stored tallies ($1 the challenge as a one-item
 * array, $2 PARTICIPATION_CAP_BP, $3 BASIS_POINTS, $5 PARTICIPATION_KINDS): direct points, the
 * participation kinds replaced by the farming rule's credit (PARTICIPATION_CREDIT_SQL), each idea's
 * credit times its authors' shares; every participant's share by largest remainder (remainder,
 * then weight, then id), then only the first rows leave the server.
 */
const TOP_PARTICIPANTS_SQL = `
  WITH pc AS (${PARTICIPATION_CREDIT_SQL}
  ), direct AS (
    SELECT d.participant_id,
           sum(CASE WHEN d.kind = ANY($5::text[])
                    THEN (d.points - coalesce(pc.recorded::numeric, 0)) * $3::bigint + coalesce(pc.credit::numeric, 0)
                    ELSE d.points::numeric * $3::bigint END) AS points
      FROM ownership_direct d LEFT JOIN pc ON pc."participantId" = d.participant_id AND pc.kind = d.kind
     WHERE d.challenge_id = ($1::uuid[])[1]
     GROUP BY d.participant_id
  ), authored AS (
    SELECT a.participant_id, sum(o.points::numeric * a.share_bp) AS points
      FROM ownership_idea o JOIN ownership_authorship a ON a.challenge_id = o.challenge_id AND a.idea_id = o.idea_id
     WHERE o.challenge_id = ($1::uuid[])[1]
     GROUP BY a.participant_id
  ), person AS (
    SELECT participant_id, sum(points) AS points, greatest(sum(points), 0) AS w
      FROM (SELECT * FROM direct UNION ALL SELECT * FROM authored) p GROUP BY participant_id
  ), split AS (
    SELECT participant_id, points, w, total,
           CASE WHEN total > 0 THEN div(w * $3::bigint, total) ELSE 0 END AS base,
           CASE WHEN total > 0 THEN mod(w * $3::bigint, total) ELSE 0 END AS rest
      FROM (SELECT *, sum(w) OVER () AS total FROM person) t
  ), ranked AS (
    SELECT participant_id, points, total, base,
           $3::bigint - sum(base) OVER () AS left_over,
           row_number() OVER (ORDER BY rest DESC, w DESC, participant_id) AS remainder_rank
      FROM split
  )
  SELECT participant_id AS "participantId", points::text AS "scaledPoints",
         (base + CASE WHEN total > 0 AND remainder_rank <= left_over THEN 1 ELSE 0 END)::int AS "shareBp"
    FROM ranked ORDER BY points DESC, participant_id LIMIT $4`;

/** A statement's row without its per-kind detail: what a ranking shows. */
export interface RankedParticipant {
  participantId: string;
  /** Exact points × STATEMENT_SCALE, as in the statement. */
  scaledPoints: bigint;
  shareBp: number;
}

const ENTRY_COLUMNS = `c.position::text AS position, c.challenge_id AS "challengeId", c.seq::text AS seq, c.id, c.kind,
  c.participant_id AS "participantId", c.idea_id AS "ideaId", c.comment_id AS "commentId", c.points::text AS points,
  c.compensates, c.detail, c.occurred_at AS "occurredAt", c.prev_hash AS "prevHash", c.hash`;

type EntryRecord = Omit<LedgerEntry, 'seq' | 'points'> & { position: string; seq: string | null; points: string };

export function toEntry(row: EntryRecord): LedgerEntry & { position: string } {
  return { ...row, seq: row.seq === null ? 0n : BigInt(row.seq), points: BigInt(row.points) };
}

export interface LicenceAcceptor {
  challengeId: string;
  userId: string;
  licence: string;
}

/**
 * Appends entries, as steps of a round trip (see `oneRoundTrip`). With an acceptor, also records (once
 * per challenge and person) that they accepted the licence, as a LICENCE_ACCEPTED entry ahead of
 * the others. With `after`, nothing is appended unless that step returned a row (e.g. a vote that
 * may lose a race). With `partyFrom`, each entry (and the acceptance) names the `pseudonym` that
 * step answers for its participant (`{ participant_id, pseudonym }` rows: see `pseudonymSteps`,
 * found or made in the same round trip) instead of the account: how LedgerRecorder writes every
 * entry. Exported so the benchmark's raw-SQL reference sends exactly this.
 */
export function appendEntries(entries: NewEntry[], acceptor: LicenceAcceptor | null, after?: string, partyFrom?: string): SqlStep[] {
  const written = after ? `EXISTS (SELECT 1 FROM ${after})` : 'true';
  const partyOf = (account: string) => (partyFrom ? `(SELECT p.pseudonym FROM ${partyFrom} p WHERE p.participant_id = ${account})` : account);
  return [
    [
      'accepted',
      {
        text: `INSERT INTO licence_acceptance (challenge_id, user_id, licence)
               SELECT $1::uuid, $2::uuid, $3::text WHERE $2::uuid IS NOT NULL AND ${written}
               ON CONFLICT DO NOTHING
               RETURNING challenge_id, ${partyOf('$2::uuid')} AS party, licence`,
        params: [acceptor?.challengeId ?? null, acceptor?.userId ?? null, acceptor?.licence ?? null],
      },
    ],
    [
      'appended',
      {
        text: `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, detail)
               SELECT challenge_id, kind, participant_id, idea_id, comment_id, points, detail FROM (
                 SELECT challenge_id, 'LICENCE_ACCEPTED' AS kind, party AS participant_id, NULL::uuid AS idea_id, NULL::uuid AS comment_id,
                        0::bigint AS points, jsonb_build_object('licence', licence) AS detail, 0 AS ord
                   FROM accepted
                 UNION ALL
                 SELECT e.challenge_id, e.kind, ${partyOf('e.participant_id')}, e.idea_id, e.comment_id, e.points, e.detail, e.ord
                   FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::uuid[], $6::bigint[], $7::jsonb[])
                        WITH ORDINALITY AS e(challenge_id, kind, participant_id, idea_id, comment_id, points, detail, ord)
                  WHERE ${written}
               ) entries ORDER BY ord
               RETURNING 1`,
        params: [
          entries.map((e) => e.challengeId),
          entries.map((e) => e.kind),
          entries.map((e) => e.participantId),
          entries.map((e) => e.ideaId ?? null),
          entries.map((e) => e.commentId ?? null),
          entries.map((e) => e.points.toString()),
          entries.map((e) => JSON.stringify(e.detail ?? {})),
        ],
      },
    ],
  ];
}

export interface CompensationMatch {
  challengeId: string;
  kind: ContributionKind;
  participantId?: string;
  ideaId?: string;
  commentId?: string;
}

/**
 * Cancels the latest entry that matches and is not cancelled yet, with an entry of the same kind
 * and opposite points, as a step of a round trip (see `oneRoundTrip`); with `after`, only if that
 * step returned a row; with `partyFrom`, the entry's party is the `pseudonym` that step answers.
 */
export function compensateEntry(match: CompensationMatch, after?: string, partyFrom?: string): Sql {
  return {
    text: `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, compensates, detail)
           SELECT c.challenge_id, c.kind, c.participant_id, c.idea_id, c.comment_id, -c.points, c.id, '{}'::jsonb
             FROM contribution c
            WHERE c.challenge_id = $1 AND c.kind = $2 AND c.compensates IS NULL
              AND ${partyFrom ? `c.participant_id = (SELECT pseudonym FROM ${partyFrom}) AND $3::uuid IS NULL` : '($3::uuid IS NULL OR c.participant_id = $3)'}
              AND ($4::uuid IS NULL OR c.idea_id = $4)
              AND ($5::uuid IS NULL OR c.comment_id = $5)
              AND NOT EXISTS (SELECT 1 FROM contribution x WHERE x.compensates = c.id)
              ${after ? `AND EXISTS (SELECT 1 FROM ${after})` : ''}
            ORDER BY c.position DESC LIMIT 1
           RETURNING 1`,
    params: [match.challengeId, match.kind, match.participantId ?? null, match.ideaId ?? null, match.commentId ?? null],
  };
}

/** The ledger's SQL: policies, appending and compensating entries, sealing, tallies. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly db: Db) {}

  async policy(challengeId: string): Promise<PolicyRow | null> {
    return this.db.one<PolicyRow>(
      `SELECT weights, lineage_decay_bp AS "lineageDecayBp", lineage_generations AS "lineageGenerations", licence, frozen_at AS "frozenAt"
         FROM ownership_policy WHERE challenge_id = $1`,
      [challengeId],
    );
  }

  async policies(challengeIds: readonly string[]): Promise<Array<PolicyRow & { id: string }>> {
    return this.db.query(
      `SELECT challenge_id AS id, weights, lineage_decay_bp AS "lineageDecayBp", lineage_generations AS "lineageGenerations", licence,
              frozen_at AS "frozenAt"
         FROM ownership_policy WHERE challenge_id = ANY($1::uuid[])`,
      [challengeIds],
    );
  }

  async insertPolicy(challengeId: string, policy: OwnershipPolicy): Promise<void> {
    await this.db.query(
      `INSERT INTO ownership_policy (challenge_id, weights, lineage_decay_bp, lineage_generations, licence) VALUES ($1, $2, $3, $4, $5)`,
      [challengeId, JSON.stringify(policy.weights), policy.lineageDecayBp, policy.lineageGenerations, policy.licence],
    );
  }

  /** false when the policy is frozen (the row is locked by the caller's transaction first). */
  async updatePolicy(challengeId: string, policy: OwnershipPolicy): Promise<boolean> {
    const rows = await this.db.query(
      `UPDATE ownership_policy SET weights = $2, lineage_decay_bp = $3, lineage_generations = $4, licence = $5, updated_at = now()
        WHERE challenge_id = $1 AND frozen_at IS NULL RETURNING 1`,
      [challengeId, JSON.stringify(policy.weights), policy.lineageDecayBp, policy.lineageGenerations, policy.licence],
    );
    return rows.length === 1;
  }

  /** Freezes the policy; returns it when this call froze it, null when it already was. */
  async freeze(challengeId: string): Promise<PolicyRow | null> {
    return this.db.one<PolicyRow>(
      `UPDATE ownership_policy SET frozen_at = now() WHERE challenge_id = $1 AND frozen_at IS NULL
       RETURNING weights, lineage_decay_bp AS "lineageDecayBp", lineage_generations AS "lineageGenerations", licence, frozen_at AS "frozenAt"`,
      [challengeId],
    );
  }

  /** Sends steps of appending and compensating entries as one SQL statement (see appendEntries, compensateEntry): its last step's rows. */
  async write(steps: SqlStep[]): Promise<unknown[]> {
    const { text, params } = oneRoundTrip(...steps);
    return this.db.query(text, params);
  }

  /**
   * Cancels every entry of these kinds about one idea or comment not cancelled yet (a moderator
   * hiding or merging content), and returns what it cancelled, so that a restore can credit the
   * same again with new entries.
   */
  compensateAll(challengeId: string, kinds: ContributionKind[], subject: { ideaId?: string | null; commentId?: string | null; participantIds?: readonly string[] }): Promise<CancelledEntry[]> {
    return this.db.query(
      `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, compensates, detail)
       SELECT c.challenge_id, c.kind, c.participant_id, c.idea_id, c.comment_id, -c.points, c.id, '{}'::jsonb
         FROM contribution c
        WHERE c.challenge_id = $1 AND c.kind = ANY($2::text[]) AND c.compensates IS NULL AND c.points > 0
          AND ($3::uuid IS NULL OR c.idea_id = $3) AND ($4::uuid IS NULL OR c.comment_id = $4)
          AND ($5::uuid[] IS NULL OR c.participant_id = ANY($5::uuid[]))
          AND NOT EXISTS (SELECT 1 FROM contribution x WHERE x.compensates = c.id)
        ORDER BY c.position
       RETURNING compensates AS id, kind, participant_id AS "participantId", idea_id AS "ideaId", comment_id AS "commentId", (-points)::text AS points`,
      [challengeId, kinds, subject.ideaId ?? null, subject.commentId ?? null, subject.participantIds ?? null],
    );
  }

  /** Which of these ids are accounts (the others are voter pseudonyms). */
  async accounts(ids: readonly string[]): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(`SELECT id FROM app_user WHERE id = ANY($1::uuid[])`, [ids]);
    return rows.map((row) => row.id);
  }

  // ---- sealing (one sealer per database: see LedgerSealer) ----

  /**
   * Age of the oldest committed entry waiting longer than it should to be sealed, in
   * milliseconds (0: none): the sealer's lag. Batched kinds wait for their batch by design: only
   * what they wait beyond it counts.
   */
  async oldestUnsealedAgeMs(batchMs: number): Promise<number> {
    const rows = await this.db.query<{ ms: number | null }>(
      `SELECT greatest(
         (SELECT extract(epoch FROM now() - occurred_at) * 1000 FROM contribution WHERE seq IS NULL AND kind <> ALL($1::text[]) ORDER BY position LIMIT 1),
         (SELECT extract(epoch FROM now() - min(occurred_at)) * 1000 - $2 FROM contribution WHERE seq IS NULL AND kind = ANY($1::text[])))::float8 AS ms`,
      [[...BATCHED_KINDS], batchMs],
    );
    return Math.max(0, rows[0]?.ms ?? 0);
  }

  /** Committed entries not yet in a chain, oldest first, but batched kinds (see `dueBatches`). */
  async unsealed(limit: number): Promise<Array<UnsealedEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM contribution c WHERE c.seq IS NULL AND c.kind <> ALL($2::text[]) ORDER BY c.position LIMIT $1`,
      [limit, [...BATCHED_KINDS]],
    );
    return rows.map(toEntry);
  }

  /**
   * The unsealed entries of batched kinds of every challenge whose oldest such entry waited
   * `batchMs`: each challenge's batch (up to `limit` in all), but for the votes on an idea with
   * fewer than `minVoters` distinct voter pseudonyms among them, which wait for a later batch
   * (their compensations with them) until the oldest of them waited `maxWaitMs` (k-anonymity:
   * libs/ledger README, *Privacy*). Licence acceptances (no idea) go with their challenge's batch,
   * but a voter's waits with their waiting votes: chained alone, a first vote's acceptance would
   * show a new voter pseudonym in the challenge, at that batch, ahead of the vote it came with.
   */
  async dueBatches(batchMs: number, limit: number, minVoters = 1, maxWaitMs = 0): Promise<Array<UnsealedEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `WITH waiting AS (SELECT c.* FROM contribution c WHERE c.seq IS NULL AND c.kind = ANY($3::text[])),
       held AS (
         SELECT challenge_id, idea_id FROM waiting WHERE idea_id IS NOT NULL
          GROUP BY challenge_id, idea_id
         HAVING count(DISTINCT participant_id) < $4 AND min(occurred_at) > now() - make_interval(secs => $5::float8 / 1000)),
       held_voters AS (
         SELECT DISTINCT w.challenge_id, w.participant_id FROM waiting w JOIN held h ON h.challenge_id = w.challenge_id AND h.idea_id = w.idea_id),
       ready AS (
         SELECT w.* FROM waiting w WHERE NOT EXISTS (SELECT 1 FROM held h WHERE h.challenge_id = w.challenge_id AND h.idea_id = w.idea_id)
            AND NOT (w.idea_id IS NULL AND EXISTS (SELECT 1 FROM held_voters v WHERE v.challenge_id = w.challenge_id AND v.participant_id = w.participant_id))),
       due AS (
         SELECT challenge_id FROM ready GROUP BY challenge_id HAVING min(occurred_at) <= now() - make_interval(secs => $1::float8 / 1000))
       SELECT ${ENTRY_COLUMNS} FROM ready c WHERE c.challenge_id IN (SELECT challenge_id FROM due)
        ORDER BY c.challenge_id, c.position LIMIT $2`,
      [batchMs, limit, [...BATCHED_KINDS], minVoters, maxWaitMs],
    );
    return rows.map(toEntry);
  }

  async heads(challengeIds: string[]): Promise<Map<string, { seq: bigint; hash: string }>> {
    const rows = await this.db.query<{ challengeId: string; seq: string; hash: string }>(
      `SELECT challenge_id AS "challengeId", seq::text AS seq, hash FROM ledger_head WHERE challenge_id = ANY($1::uuid[]) FOR UPDATE`,
      [challengeIds],
    );
    return new Map(rows.map((row) => [row.challengeId, { seq: BigInt(row.seq), hash: row.hash }]));
  }

  async seal(sealed: Array<{ position: string; seq: bigint; prevHash: string; hash: string }>): Promise<void> {
    await this.db.query(
      `UPDATE contribution c SET seq = u.seq, prev_hash = u.prev_hash, hash = u.hash
         FROM unnest($1::bigint[], $2::bigint[], $3::text[], $4::text[]) AS u(position, seq, prev_hash, hash)
        WHERE c.position = u.position`,
      [sealed.map((s) => s.position), sealed.map((s) => s.seq.toString()), sealed.map((s) => s.prevHash), sealed.map((s) => s.hash)],
    );
  }

  async moveHeads(heads: Map<string, { seq: bigint; hash: string }>): Promise<void> {
    const list = [...heads];
    await this.db.query(
      `INSERT INTO ledger_head AS h (challenge_id, seq, hash)
       SELECT * FROM unnest($1::uuid[], $2::bigint[], $3::text[])
       ON CONFLICT (challenge_id) DO UPDATE SET seq = EXCLUDED.seq, hash = EXCLUDED.hash, sealed_at = now()`,
      [list.map(([id]) => id), list.map(([, h]) => h.seq.toString()), list.map(([, h]) => h.hash)],
    );
  }

  /** Adds a batch's tallies (computed by foldEntries) to the stored ones of a challenge. */
  async addTallies(challengeId: string, delta: OwnershipTallies, defaultsOnly: ReadonlySet<string>): Promise<void> {
    for (const [table, key, map] of [
      ['ownership_direct', 'participant_id', delta.direct],
      ['ownership_idea', 'idea_id', delta.ideas],
    ] as const) {
      const rows = [...map].flatMap(([id, kinds]) => [...kinds].map(([kind, t]) => [id, kind, t] as [string, string, KindTally]));
      if (!rows.length) continue;
      await this.db.query(
        `INSERT INTO ${table} AS t (challenge_id, ${key}, kind, entries, points)
         SELECT $1, * FROM unnest($2::uuid[], $3::text[], $4::int[], $5::bigint[])
         ON CONFLICT (challenge_id, ${key}, kind) DO UPDATE SET entries = t.entries + EXCLUDED.entries, points = t.points + EXCLUDED.points`,
        [challengeId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2].entries), rows.map((r) => r[2].points.toString())],
      );
    }
    const participation = [...delta.participation].flatMap(([key, kinds]) => [...kinds].map(([kind, t]) => [...key.split(' '), kind, t] as [string, string, string, KindTally]));
    if (participation.length) {
      await this.db.query(
        `INSERT INTO ownership_participation AS t (challenge_id, idea_id, participant_id, kind, entries, points)
         SELECT $1, * FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::int[], $6::bigint[])
         ON CONFLICT (challenge_id, idea_id, participant_id, kind) DO UPDATE SET entries = t.entries + EXCLUDED.entries, points = t.points + EXCLUDED.points`,
        [challengeId, ...[0, 1, 2].map((i) => participation.map((r) => r[i])), participation.map((r) => r[3].entries), participation.map((r) => r[3].points.toString())],
      );
    }
    // An AUTHORSHIP entry replaces the idea's whole split: its stored rows go first. Then every
    // split of the batch is written where the idea has none, so a default (the proposer) never
    // replaces one the chain set before this batch. Two SQL statements, whatever the batch.
    const replaced = [...delta.authorship.keys()].filter((ideaId) => !defaultsOnly.has(ideaId));
    if (replaced.length) {
      await this.db.query(`DELETE FROM ownership_authorship WHERE challenge_id = $1 AND idea_id = ANY($2::uuid[])`, [challengeId, replaced]);
    }
    const rows = [...delta.authorship].flatMap(([ideaId, shares]) => shares.map(([user, bp]) => [ideaId, user, bp] as const));
    if (!rows.length) return;
    await this.db.query(
      `INSERT INTO ownership_authorship (challenge_id, idea_id, participant_id, share_bp)
       SELECT $1, u.idea_id, u.participant_id, u.share_bp FROM unnest($2::uuid[], $3::uuid[], $4::int[]) AS u(idea_id, participant_id, share_bp)
        WHERE NOT EXISTS (SELECT 1 FROM ownership_authorship a WHERE a.challenge_id = $1 AND a.idea_id = u.idea_id)`,
      [challengeId, rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2])],
    );
  }

  // ---- reading ----

  /** The heads of several challenges, read without a lock (a challenge with no sealed entry is absent). */
  async headsOf(challengeIds: readonly string[]): Promise<Map<string, { seq: bigint; hash: string }>> {
    const rows = await this.db.query<{ challengeId: string; seq: string; hash: string }>(
      `SELECT challenge_id AS "challengeId", seq::text AS seq, hash FROM ledger_head WHERE challenge_id = ANY($1::uuid[])`,
      [challengeIds],
    );
    return new Map(rows.map((row) => [row.challengeId, { seq: BigInt(row.seq), hash: row.hash }]));
  }

  async head(challengeId: string): Promise<{ seq: bigint; hash: string; sealedAt: Date } | null> {
    const row = await this.db.one<{ seq: string; hash: string; sealedAt: Date }>(
      `SELECT seq::text AS seq, hash, sealed_at AS "sealedAt" FROM ledger_head WHERE challenge_id = $1`,
      [challengeId],
    );
    return row ? { ...row, seq: BigInt(row.seq) } : null;
  }

  /** A challenge's stored tallies, the per-(idea, participant) participation included (what the verifier compares). */
  async storedTallies(challengeId: string): Promise<OwnershipTallies> {
    return (await this.storedTalliesOf([challengeId])).get(challengeId)!;
  }

  /** The stored tallies of several challenges, participation included: four queries whatever their number. */
  async storedTalliesOf(challengeIds: readonly string[]): Promise<Map<string, OwnershipTallies>> {
    const all = await this.statementTalliesOf(challengeIds);
    const participation = await this.db.query<{ challengeId: string; ideaId: string; participantId: string; kind: ContributionKind; entries: number; points: string }>(
      `SELECT challenge_id AS "challengeId", idea_id AS "ideaId", participant_id AS "participantId", kind, entries, points::text AS points
         FROM ownership_participation WHERE challenge_id = ANY($1::uuid[])`,
      [challengeIds],
    );
    for (const row of participation) {
      const tallies = all.get(row.challengeId)!;
      const key = participationKey(row.ideaId, row.participantId);
      const kinds = tallies.participation.get(key) ?? new Map<ContributionKind, KindTally>();
      kinds.set(row.kind, { entries: row.entries, points: BigInt(row.points) });
      tallies.participation.set(key, kinds);
    }
    return all;
  }

  /**
   * The farming rule's result over the stored per-(idea, participant) tallies of several
   * challenges, computed by PostgreSQL (farming.policy.ts's `participationCredit`, the same
   * integer maths): one row per challenge, participant and kind, one query whatever their number.
   * A statement needs only these totals; the pairs behind them number hundreds of thousands at
   * Fiat Mio's size and millions at ten times it, too many to carry to Node and fold there on a
   * request (the read ran past the SQL statement timeout, the folding past the idle-in-transaction timeout).
   */
  async participationCreditOf(challengeIds: readonly string[]): Promise<Map<string, ParticipationCredit>> {
    const all = new Map<string, ParticipationCredit>(challengeIds.map((id) => [id, { credit: new Map(), recorded: new Map() }]));
    const rows = await this.db.query<{ challengeId: string; participantId: string; kind: ContributionKind; credit: string | null; recorded: string | null }>(
      PARTICIPATION_CREDIT_SQL,
      [challengeIds, PARTICIPATION_CAP_BP, BASIS_POINTS],
    );
    for (const row of rows) {
      const credit = all.get(row.challengeId)!;
      for (const [map, value] of [[credit.credit, row.credit], [credit.recorded, row.recorded]] as const) {
        if (value === null) continue;
        let kinds = map.get(row.participantId);
        if (!kinds) map.set(row.participantId, (kinds = new Map<ContributionKind, bigint>()));
        kinds.set(row.kind, BigInt(value));
      }
    }
    return all;
  }

  /**
   * The first `limit` participants of the challenge's statement, exactly as buildStatement and
   * payoutsOf give them (points, order, shares), ranked in PostgreSQL: the statement's per-kind
   * rows of every participant stay on the server (test/insights/top-contributors.e2e-spec.ts).
   */
  async topParticipants(challengeId: string, limit: number): Promise<RankedParticipant[]> {
    const rows = await this.db.query<{ participantId: string; scaledPoints: string; shareBp: number }>(TOP_PARTICIPANTS_SQL, [
      [challengeId],
      PARTICIPATION_CAP_BP,
      BASIS_POINTS,
      limit,
      [...PARTICIPATION_KINDS],
    ]);
    return rows.map((row) => ({ participantId: row.participantId, scaledPoints: BigInt(row.scaledPoints), shareBp: row.shareBp }));
  }

  async participationCredit(challengeId: string): Promise<ParticipationCredit> {
    return (await this.participationCreditOf([challengeId])).get(challengeId)!;
  }

  /**
   * The stored tallies a statement reads, of several challenges (each present, empty when it has
   * none; their participation comes apart, as `participationCreditOf`): three queries whatever their number.
   */
  async statementTalliesOf(challengeIds: readonly string[]): Promise<Map<string, OwnershipTallies>> {
    const all = new Map(challengeIds.map((id) => [id, emptyTallies()]));
    const of = (challengeId: string) => all.get(challengeId)!;
    for (const [table, key, pick] of [
      ['ownership_direct', 'participant_id', (t: OwnershipTallies) => t.direct],
      ['ownership_idea', 'idea_id', (t: OwnershipTallies) => t.ideas],
    ] as const) {
      const rows = await this.db.query<{ challengeId: string; id: string; kind: ContributionKind; entries: number; points: string }>(
        `SELECT challenge_id AS "challengeId", ${key} AS id, kind, entries, points::text AS points FROM ${table} WHERE challenge_id = ANY($1::uuid[])`,
        [challengeIds],
      );
      for (const row of rows) {
        const map = pick(of(row.challengeId));
        let kinds = map.get(row.id);
        if (!kinds) map.set(row.id, (kinds = new Map<ContributionKind, KindTally>()));
        kinds.set(row.kind, { entries: row.entries, points: BigInt(row.points) });
      }
    }
    const shares = await this.db.query<{ challengeId: string; ideaId: string; participantId: string; shareBp: number }>(
      `SELECT challenge_id AS "challengeId", idea_id AS "ideaId", participant_id AS "participantId", share_bp AS "shareBp"
         FROM ownership_authorship WHERE challenge_id = ANY($1::uuid[]) ORDER BY challenge_id, idea_id, participant_id`,
      [challengeIds],
    );
    for (const row of shares) {
      const tallies = of(row.challengeId);
      const list = tallies.authorship.get(row.ideaId) ?? [];
      list.push([row.participantId, row.shareBp]);
      tallies.authorship.set(row.ideaId, list);
    }
    return all;
  }

  /** A challenge's sealed entries in chain order, after a (seq, position) keyset, at most `limit`. */
  async chain(challengeId: string, after: { seq: bigint; position: string } | null, limit: number): Promise<Array<LedgerEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM contribution c
        WHERE c.challenge_id = $1 AND c.seq IS NOT NULL AND (c.seq, c.position) > ($2::bigint, $3::bigint)
        ORDER BY c.seq, c.position LIMIT $4`,
      [challengeId, (after?.seq ?? 0n).toString(), after?.position ?? '0', limit],
    );
    return rows.map(toEntry);
  }

  /** The heads a challenge's chain replaced each time it was re-anchored (libs/ledger README, *Privacy*), oldest first, with why. */
  async reanchorings(challengeId: string): Promise<Array<{ previousSeq: string; previousHash: string; reanchoredAt: Date; reason: string }>> {
    return this.db.query(
      `SELECT previous_seq::text AS "previousSeq", previous_hash AS "previousHash", reanchored_at AS "reanchoredAt", reason
         FROM ledger_reanchoring WHERE challenge_id = $1 ORDER BY id`,
      [challengeId],
    );
  }

  /** The ids that a challenge's compensating entries cancel. */
  async compensated(challengeId: string): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT compensates AS id FROM contribution WHERE challenge_id = $1 AND compensates IS NOT NULL AND seq IS NOT NULL`,
      [challengeId],
    );
    return rows.map((row) => row.id);
  }

  async challengesWithLedger(): Promise<string[]> {
    const rows = await this.db.query<{ id: string }>(
      `SELECT challenge_id AS id FROM ledger_head UNION SELECT DISTINCT challenge_id FROM contribution WHERE seq IS NULL ORDER BY 1`,
    );
    return rows.map((row) => row.id);
  }

  /** The entries of some parties (a participant's author and voter pseudonyms) in a challenge, sealed or not, newest first. */
  async contributionsOf(challengeId: string, parties: readonly string[], limit: number): Promise<Array<LedgerEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM contribution c WHERE c.participant_id = ANY($2::uuid[]) AND c.challenge_id = $1 ORDER BY c.position DESC LIMIT $3`,
      [challengeId, parties, limit],
    );
    return rows.map(toEntry);
  }
}
