import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { participantPseudonym, pseudonymLabel, voterCommitment } from './pseudonym.util';

/** What a participant needs to prove that a voter pseudonym of a challenge is theirs. */
export interface VoterPseudonymProof {
  challengeId: string;
  participantId: string;
  pseudonym: string;
  /** The commitment's salt, hex. */
  salt: string;
}

/**
 * Participants' public pseudonyms. The stable one ("Participant 7f3a9c2e") is derived from the
 * account id under the database's key, so it never needs storing and survives erasure; voter
 * pseudonyms are per challenge, random, and kept only in `voter_pseudonym` (removable).
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

  /**
   * The participant's voter pseudonym in the challenge, made on first use (in the caller's
   * transaction): one round trip, on the vote path.
   */
  async voter(challengeId: string, participantId: string): Promise<string> {
    const salt = randomBytes(32);
    const sql = `WITH made AS (
                   INSERT INTO voter_pseudonym (challenge_id, participant_id, pseudonym, salt) VALUES ($1, $2, $3, $4)
                   ON CONFLICT (challenge_id, participant_id) DO NOTHING RETURNING pseudonym)
                 SELECT pseudonym FROM made UNION ALL SELECT pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = $2`;
    const params = [challengeId, participantId, voterCommitment(challengeId, participantId, salt), salt];
    // Empty only when the same participant's first vote in another transaction made it meanwhile: it is committed now.
    const row = (await this.db.one<{ pseudonym: string }>(sql, params)) ?? (await this.db.one<{ pseudonym: string }>(sql, params));
    return row!.pseudonym;
  }

  /** Voter pseudonyms of several participants in one challenge (made where missing), by participant. */
  async voters(challengeId: string, participantIds: readonly string[]): Promise<Map<string, string>> {
    const ids = [...new Set(participantIds)];
    const rows = ids.length
      ? await this.db.query<{ participantId: string; pseudonym: string }>(
          `SELECT participant_id AS "participantId", pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = ANY($2::uuid[])`,
          [challengeId, ids],
        )
      : [];
    const found = new Map(rows.map((row) => [row.participantId, row.pseudonym]));
    for (const id of ids) if (!found.has(id)) found.set(id, await this.voter(challengeId, id));
    return found;
  }

  /** The accounts behind voter pseudonyms of a challenge (forgotten ones are missing), by pseudonym. */
  async owners(challengeId: string, pseudonyms: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.db.query<{ participantId: string; pseudonym: string }>(
      `SELECT participant_id AS "participantId", pseudonym FROM voter_pseudonym WHERE challenge_id = $1 AND pseudonym = ANY($2::uuid[])`,
      [challengeId, [...new Set(pseudonyms)]],
    );
    return new Map(rows.map((row) => [row.pseudonym, row.participantId]));
  }

  /** The opening of the participant's voter pseudonym in a challenge, or null if they have none (or it was forgotten). */
  async proof(challengeId: string, participantId: string): Promise<VoterPseudonymProof | null> {
    const row = await this.db.one<{ pseudonym: string; salt: Buffer }>(`SELECT pseudonym, salt FROM voter_pseudonym WHERE challenge_id = $1 AND participant_id = $2`, [
      challengeId,
      participantId,
    ]);
    return row && { challengeId, participantId, pseudonym: row.pseudonym, salt: row.salt.toString('hex') };
  }

  /** Deletes the participant's voter pseudonyms: their public votes can no longer be linked to them by anyone. */
  async forget(participantId: string): Promise<number> {
    const rows = await this.db.query(`DELETE FROM voter_pseudonym WHERE participant_id = $1 RETURNING challenge_id`, [participantId]);
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
