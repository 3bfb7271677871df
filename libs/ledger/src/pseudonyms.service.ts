import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db, SqlStep, oneRoundTrip } from '@pollen/database';
import { PseudonymRole, commitment, participantPseudonym, pseudonymLabel } from './pseudonym.util';

/** What a participant needs to prove that a pseudonym of a challenge (a voter's or an author's) is theirs. */
export interface PseudonymProof {
  challengeId: string;
  participantId: string;
  pseudonym: string;
  /** The commitment's salt, hex. */
  salt: string;
}
export type VoterPseudonymProof = PseudonymProof;

/** Where each role's mapping is held: apart from everything else, one row per challenge and participant, deleted by `forget`. */
const TABLES: Record<PseudonymRole, string> = { voter: 'voter_pseudonym', author: 'author_pseudonym' };

/**
 * Participants' pseudonyms of a role in the challenge, found or made, as steps of the caller's own
 * SQL statement (see `chain`), the last, `name`, answering a row `{ participant_id, pseudonym }` per
 * participant: an act finds or makes its party in the act's single write. Found first (no write
 * when it exists); made otherwise; when the same participant's first act in another transaction
 * made it meanwhile, the conflict's no-op update answers that one (the SQL statement's snapshot
 * cannot see it, the update can).
 */
export function pseudonymSteps(role: PseudonymRole, name: string, challengeId: string, participantIds: readonly string[]): SqlStep[] {
  const ids = [...new Set(participantIds)];
  const salts = ids.map(() => randomBytes(32));
  const table = TABLES[role];
  return [
    [`${name}_found`, { text: `SELECT participant_id, pseudonym FROM ${table} WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])`, params: [challengeId, ids] }],
    [
      `${name}_made`,
      {
        text: `INSERT INTO ${table} AS t (challenge_id, participant_id, pseudonym, salt)
               SELECT $1::uuid, u.participant_id, u.pseudonym, decode(u.salt, 'hex')
                 FROM unnest($2::uuid[], $3::uuid[], $4::text[]) AS u(participant_id, pseudonym, salt)
                WHERE NOT EXISTS (SELECT 1 FROM ${name}_found f WHERE f.participant_id = u.participant_id)
               ON CONFLICT (challenge_id, participant_id) DO UPDATE SET pseudonym = t.pseudonym
               RETURNING participant_id, pseudonym`,
        params: [challengeId, ids, ids.map((id, i) => commitment(role, challengeId, id, salts[i])), salts.map((salt) => salt.toString('hex'))],
      },
    ],
    [name, { text: `SELECT participant_id, pseudonym FROM ${name}_found UNION ALL SELECT participant_id, pseudonym FROM ${name}_made`, params: [] }],
  ];
}

/** The voter's pseudonym in the challenge, found or made by steps of the vote's own SQL statement (see `pseudonymSteps`). */
export function voterPseudonymSteps(name: string, challengeId: string, participantId: string): SqlStep[] {
  return pseudonymSteps('voter', name, challengeId, [participantId]);
}

/**
 * Participants' public pseudonyms. The stable one ("Participant 7f3a9c2e") is derived from the
 * account id under the database's key, so it never needs storing and survives erasure; the
 * per-challenge ones (a voter's, an author's) are random commitments kept only in
 * `voter_pseudonym` and `author_pseudonym` (removable).
 */
@Injectable()
export class Pseudonyms {
  private key: Promise<Buffer> | null = null;

  constructor(private readonly db: Db) {}

  async participant(participantId: string): Promise<string> {
    return participantPseudonym(await this.loadKey(), participantId);
  }

  async label(participantId: string): Promise<string> {
    return pseudonymLabel(await this.participant(participantId));
  }

  /** The participant's voter pseudonym in the challenge, made on first use (in the caller's transaction): one round trip. */
  async voter(challengeId: string, participantId: string): Promise<string> {
    return (await this.of('voter', challengeId, [participantId])).get(participantId)!;
  }

  /** Voter pseudonyms of several participants in one challenge (made where missing), by participant. */
  voters(challengeId: string, participantIds: readonly string[]): Promise<Map<string, string>> {
    return this.of('voter', challengeId, participantIds);
  }

  /** Pseudonyms of a role of several participants in one challenge, made where missing (in the caller's transaction), by participant: one round trip. */
  async of(role: PseudonymRole, challengeId: string, participantIds: readonly string[]): Promise<Map<string, string>> {
    if (!participantIds.length) return new Map();
    const { text, params } = oneRoundTrip(...pseudonymSteps(role, 'party', challengeId, participantIds));
    const rows = await this.db.query<{ participant_id: string; pseudonym: string }>(text, params);
    return new Map(rows.map((row) => [row.participant_id, row.pseudonym]));
  }

  /** Those pseudonyms of these participants in a challenge that exist (none made), voters' and authors', by pseudonym. */
  async existing(challengeId: string, participantIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<{ participantId: string; pseudonym: string }>(
      `SELECT participant_id AS "participantId", pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])
       UNION ALL SELECT participant_id, pseudonym FROM author_pseudonym WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])`,
      [challengeId, [...new Set(participantIds)]],
    );
    return new Map(rows.map((row) => [row.pseudonym, row.participantId]));
  }

  /** The accounts behind pseudonyms of a challenge, voters' and authors' (forgotten ones are missing), by pseudonym. */
  async owners(challengeId: string, pseudonyms: readonly string[], roles: readonly PseudonymRole[] = ['voter', 'author']): Promise<Map<string, string>> {
    if (!pseudonyms.length) return new Map();
    const rows = await this.db.query<{ participantId: string; pseudonym: string }>(
      roles.map((role) => `SELECT participant_id AS "participantId", pseudonym FROM ${TABLES[role]} WHERE challenge_id = $1 AND pseudonym = ANY($2::uuid[])`).join(' UNION ALL '),
      [challengeId, [...new Set(pseudonyms)]],
    );
    return new Map(rows.map((row) => [row.pseudonym, row.participantId]));
  }

  /** A participant's author pseudonym in each of these challenges where they have one, by challenge. */
  async authorParties(participantId: string, challengeIds: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<{ challengeId: string; pseudonym: string }>(
      `SELECT challenge_id AS "challengeId", pseudonym FROM author_pseudonym WHERE participant_id = $1 AND challenge_id = ANY($2::uuid[])`,
      [participantId, [...new Set(challengeIds)]],
    );
    return new Map(rows.map((row) => [row.challengeId, row.pseudonym]));
  }

  /** The opening of the participant's pseudonym of a role in a challenge (their voter pseudonym by default), or null if they have none (or it was forgotten). */
  async proof(challengeId: string, participantId: string, role: PseudonymRole = 'voter'): Promise<PseudonymProof | null> {
    const row = await this.db.one<{ pseudonym: string; salt: Buffer }>(`SELECT pseudonym, salt FROM ${TABLES[role]} WHERE challenge_id = $1 AND participant_id = $2`, [
      challengeId,
      participantId,
    ]);
    return row && { challengeId, participantId, pseudonym: row.pseudonym, salt: row.salt.toString('hex') };
  }

  /** Deletes the participant's per-challenge pseudonyms, voters' and authors': their public entries can no longer be linked to them by anyone. */
  async forget(participantId: string): Promise<number> {
    const rows = await this.db.query(
      `WITH voters AS (DELETE FROM voter_pseudonym WHERE participant_id = $1 RETURNING 1), authors AS (DELETE FROM author_pseudonym WHERE participant_id = $1 RETURNING 1)
       SELECT 1 FROM voters UNION ALL SELECT 1 FROM authors`,
      [participantId],
    );
    return rows.length;
  }

  private loadKey(): Promise<Buffer> {
    this.key ??= this.db.one<{ key: Buffer }>(`SELECT key FROM pseudonym_key`).then((row) => {
      if (!row) throw new Error('pseudonym_key is empty: run the migrations');
      return row.key;
    });
    this.key.catch(() => (this.key = null));
    return this.key;
  }
}
