import { Injectable } from '@nestjs/common';
import { Db, Statement, chain } from '@pollen/database';
import { ContributionKind } from './contribution-kind';
import { LedgerEntry, UnsealedEntry } from './ledger-entry';
import { OwnershipPolicy } from './ownership-policy';
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
 * Appends entries, as steps of a statement (see `chain`). With an acceptor, also records (once
 * per challenge and person) that they accepted the licence, as a LICENCE_ACCEPTED entry ahead of
 * the others. With `after`, nothing is appended unless that step returned a row (e.g. a vote that
 * may lose a race). Exported so the benchmark's raw-SQL reference sends exactly this.
 */
export function appendEntries(entries: NewEntry[], acceptor: LicenceAcceptor | null, after?: string): Array<[string, Statement]> {
  const written = after ? `EXISTS (SELECT 1 FROM ${after})` : 'true';
  return [
    [
      'accepted',
      {
        text: `INSERT INTO licence_acceptance (challenge_id, user_id, licence)
               SELECT $1::uuid, $2::uuid, $3::text WHERE $2::uuid IS NOT NULL AND ${written}
               ON CONFLICT DO NOTHING
               RETURNING challenge_id, user_id, licence`,
        params: [acceptor?.challengeId ?? null, acceptor?.userId ?? null, acceptor?.licence ?? null],
      },
    ],
    [
      'appended',
      {
        text: `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, detail)
               SELECT challenge_id, kind, participant_id, idea_id, comment_id, points, detail FROM (
                 SELECT challenge_id, 'LICENCE_ACCEPTED' AS kind, user_id AS participant_id, NULL::uuid AS idea_id, NULL::uuid AS comment_id,
                        0::bigint AS points, jsonb_build_object('licence', licence) AS detail, 0 AS ord
                   FROM accepted
                 UNION ALL
                 SELECT e.challenge_id, e.kind, e.participant_id, e.idea_id, e.comment_id, e.points, e.detail, e.ord
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
 * and opposite points, as a step of a statement (see `chain`); with `after`, only if that step
 * returned a row.
 */
export function compensateEntry(match: CompensationMatch, after?: string): Statement {
  return {
    text: `INSERT INTO contribution (challenge_id, kind, participant_id, idea_id, comment_id, points, compensates, detail)
           SELECT c.challenge_id, c.kind, c.participant_id, c.idea_id, c.comment_id, -c.points, c.id, '{}'::jsonb
             FROM contribution c
            WHERE c.challenge_id = $1 AND c.kind = $2 AND c.compensates IS NULL
              AND ($3::uuid IS NULL OR c.participant_id = $3) AND ($4::uuid IS NULL OR c.idea_id = $4)
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

  /** Appends entries in one statement (see appendEntries). */
  async append(entries: NewEntry[], acceptor: LicenceAcceptor | null = null): Promise<void> {
    const { text, params } = chain(...appendEntries(entries, acceptor));
    await this.db.query(text, params);
  }

  /** Cancels the latest matching entry not cancelled yet (see compensateEntry): returns how many it cancelled (0 or 1). */
  async compensate(match: CompensationMatch): Promise<number> {
    const { text, params } = chain(['compensated', compensateEntry(match)]);
    return (await this.db.query(text, params)).length;
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

  // ---- sealing (one sealer per database: see LedgerSealer) ----

  /** Committed entries not yet in a chain, oldest first. */
  /** Age of the oldest committed entry not yet sealed into its chain, in milliseconds (0: none): the sealer's lag. */
  async oldestUnsealedAgeMs(): Promise<number> {
    const rows = await this.db.query<{ ms: number | null }>(
      `SELECT (extract(epoch FROM now() - occurred_at) * 1000)::float8 AS ms FROM contribution WHERE seq IS NULL ORDER BY position LIMIT 1`,
    );
    return Math.max(0, rows[0]?.ms ?? 0);
  }

  async unsealed(limit: number): Promise<Array<UnsealedEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM contribution c WHERE c.seq IS NULL ORDER BY c.position LIMIT $1`,
      [limit],
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
    // replaces one the chain set before this batch. Two statements, whatever the batch.
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

  async head(challengeId: string): Promise<{ seq: bigint; hash: string; sealedAt: Date } | null> {
    const row = await this.db.one<{ seq: string; hash: string; sealedAt: Date }>(
      `SELECT seq::text AS seq, hash, sealed_at AS "sealedAt" FROM ledger_head WHERE challenge_id = $1`,
      [challengeId],
    );
    return row ? { ...row, seq: BigInt(row.seq) } : null;
  }

  async storedTallies(challengeId: string): Promise<OwnershipTallies> {
    const tallies = emptyTallies();
    for (const [table, key, map] of [
      ['ownership_direct', 'participant_id', tallies.direct],
      ['ownership_idea', 'idea_id', tallies.ideas],
    ] as const) {
      const rows = await this.db.query<{ id: string; kind: ContributionKind; entries: number; points: string }>(
        `SELECT ${key} AS id, kind, entries, points::text AS points FROM ${table} WHERE challenge_id = $1`,
        [challengeId],
      );
      for (const row of rows) {
        let kinds = map.get(row.id);
        if (!kinds) map.set(row.id, (kinds = new Map<ContributionKind, KindTally>()));
        kinds.set(row.kind, { entries: row.entries, points: BigInt(row.points) });
      }
    }
    const participation = await this.db.query<{ ideaId: string; participantId: string; kind: ContributionKind; entries: number; points: string }>(
      `SELECT idea_id AS "ideaId", participant_id AS "participantId", kind, entries, points::text AS points FROM ownership_participation WHERE challenge_id = $1`,
      [challengeId],
    );
    for (const row of participation) {
      const key = participationKey(row.ideaId, row.participantId);
      const kinds = tallies.participation.get(key) ?? new Map<ContributionKind, KindTally>();
      kinds.set(row.kind, { entries: row.entries, points: BigInt(row.points) });
      tallies.participation.set(key, kinds);
    }
    const shares = await this.db.query<{ ideaId: string; participantId: string; shareBp: number }>(
      `SELECT idea_id AS "ideaId", participant_id AS "participantId", share_bp AS "shareBp"
         FROM ownership_authorship WHERE challenge_id = $1 ORDER BY idea_id, participant_id`,
      [challengeId],
    );
    for (const row of shares) {
      const list = tallies.authorship.get(row.ideaId) ?? [];
      list.push([row.participantId, row.shareBp]);
      tallies.authorship.set(row.ideaId, list);
    }
    return tallies;
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

  /** A participant's entries in a challenge, sealed or not, newest first. */
  async contributionsOf(challengeId: string, participantId: string, limit: number): Promise<Array<LedgerEntry & { position: string }>> {
    const rows = await this.db.query<EntryRecord>(
      `SELECT ${ENTRY_COLUMNS} FROM contribution c WHERE c.participant_id = $2 AND c.challenge_id = $1 ORDER BY c.position DESC LIMIT $3`,
      [challengeId, participantId, limit],
    );
    return rows.map(toEntry);
  }
}
