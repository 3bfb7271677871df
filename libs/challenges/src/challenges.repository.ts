import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { lastSequenceSql } from '@pollen/events';
import { ChallengeLanguage } from './challenge-language';
import { ChallengePhase } from './challenge-phase.policy';

export interface ChallengeRow {
  id: string;
  organizationId: string;
  title: string;
  brief: string;
  language: ChallengeLanguage;
  phase: ChallengePhase;
  closesAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  /** created_at as PostgreSQL prints it: exact to the microsecond, for keyset cursors. */
  createdKey: string;
  /**
   * The last sequence of the challenge's event stream when the row was read (0 before its first
   * event), in the row's own query: whatever is read after the row reflects at least the
   * events up to it, so a live client catches up from it (apps/web, ChallengeStream).
   */
  eventSequence: number;
}

const COLUMNS = `c.id, c.organization_id AS "organizationId", c.title, c.brief, c.language, c.phase,
  c.closes_at AS "closesAt", c.created_at AS "createdAt", c.updated_at AS "updatedAt", c.created_at::text AS "createdKey",
  ${lastSequenceSql('c.id')} AS "eventSequence"`;

/**
 * The challenge whose id is `id` (an expression of the enclosing query) as one JSON value, for
 * a query that reads it beside other things (VotesRepository.readForVote); challengeFromJson
 * reads it back.
 */
export function challengeAsJson(id: string): string {
  return `(SELECT to_json(ch) FROM (SELECT ${COLUMNS} FROM challenge c WHERE c.id = ${id}) ch)`;
}

export type ChallengeJson = Omit<ChallengeRow, 'closesAt' | 'createdAt' | 'updatedAt'> & { closesAt: string | null; createdAt: string; updatedAt: string };

export function challengeFromJson(json: ChallengeJson): ChallengeRow {
  return { ...json, closesAt: json.closesAt === null ? null : new Date(json.closesAt), createdAt: new Date(json.createdAt), updatedAt: new Date(json.updatedAt) };
}

/**
 * The SQL form of ChallengesService.canSee, for queries that list rows across challenges:
 * challenge `alias` is visible to the user `viewer` (a parameter or expression, NULL when
 * anonymous) unless it is a DRAFT they are not on the team of.
 */
export function visibleChallengeSql(alias: string, viewer: string): string {
  return `(${alias}.phase <> 'DRAFT' OR EXISTS (
    SELECT 1 FROM organization_member m WHERE m.organization_id = ${alias}.organization_id AND m.user_id = ${viewer}))`;
}

@Injectable()
export class ChallengesRepository {
  constructor(private readonly db: Db) {}

  insert(values: {
    organizationId: string;
    title: string;
    brief: string;
    language: ChallengeLanguage;
    closesAt: Date | null;
    createdBy: string;
  }): Promise<ChallengeRow | null> {
    return this.db.one(
      `INSERT INTO challenge AS c (organization_id, title, brief, language, closes_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${COLUMNS}`,
      [values.organizationId, values.title, values.brief, values.language, values.closesAt, values.createdBy],
    );
  }

  findById(id: string, lock = false): Promise<ChallengeRow | null> {
    return this.db.one(`SELECT ${COLUMNS} FROM challenge c WHERE c.id = $1 ${lock ? 'FOR UPDATE' : ''}`, [id]);
  }

  findByIds(ids: readonly string[]): Promise<ChallengeRow[]> {
    return this.db.query(`SELECT ${COLUMNS} FROM challenge c WHERE c.id = ANY($1::uuid[])`, [ids]);
  }

  update(
    id: string,
    changes: { title?: string; brief?: string; language?: ChallengeLanguage; closesAt?: Date | null; phase?: ChallengePhase },
  ): Promise<ChallengeRow | null> {
    return this.db.one(
      `UPDATE challenge c SET
         title = COALESCE($2, c.title),
         brief = COALESCE($3, c.brief),
         language = COALESCE($4, c.language),
         closes_at = CASE WHEN $5::boolean THEN $6::timestamptz ELSE c.closes_at END,
         phase = COALESCE($7, c.phase),
         updated_at = now()
       WHERE c.id = $1 RETURNING ${COLUMNS}`,
      [
        id,
        changes.title ?? null,
        changes.brief ?? null,
        changes.language ?? null,
        changes.closesAt !== undefined,
        changes.closesAt ?? null,
        changes.phase ?? null,
      ],
    );
  }

  /**
   * Newest first, keyset-paginated. DRAFT challenges are listed to their team only.
   * `after` is (created_at text, id) of the last row seen.
   */
  list(params: {
    viewerId: string | null;
    phase: ChallengePhase | null;
    organizationId: string | null;
    after: [string, string] | null;
    limit: number;
  }): Promise<ChallengeRow[]> {
    return this.db.query(
      `SELECT ${COLUMNS} FROM challenge c
        WHERE ($2::text IS NULL OR c.phase = $2)
          AND ($6::uuid IS NULL OR c.organization_id = $6)
          AND ${visibleChallengeSql('c', '$1::uuid')}
          AND ($3::timestamptz IS NULL OR (c.created_at, c.id) < ($3::timestamptz, $4::uuid))
        ORDER BY c.created_at DESC, c.id DESC
        LIMIT $5`,
      [params.viewerId, params.phase, params.after?.[0] ?? null, params.after?.[1] ?? null, params.limit, params.organizationId],
    );
  }
}
