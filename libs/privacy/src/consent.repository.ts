import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { CONSENT_VERSION } from './privacy.constant';

export type PartnerVisibility = 'NAMED' | 'PSEUDONYM' | 'AGGREGATE';

export interface ConsentRecordRow {
  id: string;
  subject: string;
  choice: string;
  version: number;
  recordedAt: Date;
  key: string;
}

export interface PrivacySettingRow {
  userId: string;
  partnerVisibility: PartnerVisibility;
  version: number | null;
  updatedAt: Date | null;
}

/** Consent decisions: each appended to `consent_record` (the proof) with the current choice kept beside it. */
@Injectable()
export class ConsentRepository {
  constructor(private readonly db: Db) {}

  /** Appends a decision; call inside the transaction that updates the current choice. */
  async record(userId: string, subject: string, choice: string): Promise<void> {
    await this.db.query(`INSERT INTO consent_record (user_id, subject, choice, version) VALUES ($1, $2, $3, $4)`, [userId, subject, choice, CONSENT_VERSION]);
  }

  async setPartnerVisibility(userId: string, visibility: PartnerVisibility): Promise<void> {
    await this.db.query(
      `INSERT INTO privacy_setting (user_id, partner_visibility, version) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET partner_visibility = EXCLUDED.partner_visibility, version = EXCLUDED.version, updated_at = now()`,
      [userId, visibility, CONSENT_VERSION],
    );
  }

  /** Current choices of several participants (NAMED for those who never chose). */
  async settings(userIds: readonly string[]): Promise<PrivacySettingRow[]> {
    const rows = await this.db.query<PrivacySettingRow>(
      `SELECT u.id AS "userId", COALESCE(s.partner_visibility, 'NAMED') AS "partnerVisibility", s.version, s.updated_at AS "updatedAt"
       FROM unnest($1::uuid[]) AS u(id) LEFT JOIN privacy_setting s ON s.user_id = u.id`,
      [userIds],
    );
    return rows;
  }

  /** Users with their current choice, in one query (a shared feed page's authors). */
  usersWithChoice(ids: readonly string[]) {
    return this.db.query<{ id: string; email: string; displayName: string; createdAt: Date; partnerVisibility: PartnerVisibility }>(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.created_at AS "createdAt", COALESCE(s.partner_visibility, 'NAMED') AS "partnerVisibility"
       FROM app_user u LEFT JOIN privacy_setting s ON s.user_id = u.id WHERE u.id = ANY($1::uuid[])`,
      [ids],
    );
  }

  history(userId: string, after: [string, string] | null, limit: number): Promise<ConsentRecordRow[]> {
    return this.db.query<ConsentRecordRow>(
      `SELECT id, subject, choice, version, recorded_at AS "recordedAt", recorded_at::text AS key FROM consent_record
       WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (recorded_at, id) < ($2::timestamptz, $3::uuid))
       ORDER BY recorded_at DESC, id DESC LIMIT $4`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  licences(userId: string, after: [string, string] | null, limit: number) {
    return this.db.query<{ challengeId: string; licence: string; acceptedAt: Date; key: string }>(
      `SELECT challenge_id AS "challengeId", licence, accepted_at AS "acceptedAt", accepted_at::text AS key FROM licence_acceptance
       WHERE user_id = $1 AND ($2::timestamptz IS NULL OR (accepted_at, challenge_id) < ($2::timestamptz, $3::uuid))
       ORDER BY accepted_at DESC, challenge_id DESC LIMIT $4`,
      [userId, after?.[0] ?? null, after?.[1] ?? null, limit],
    );
  }

  /** The organisations a user is a member of (brand teams). */
  async organizationsOf(userId: string): Promise<Set<string>> {
    const rows = await this.db.query<{ id: string }>(`SELECT organization_id AS id FROM organization_member WHERE user_id = $1`, [userId]);
    return new Set(rows.map((row) => row.id));
  }

  /** Whether `viewerId` is on the team of a brand in whose challenges `participantId` has contributed. */
  async isTeamOfContributor(viewerId: string, participantId: string): Promise<boolean> {
    const row = await this.db.one(
      `SELECT 1 FROM organization_member m JOIN challenge c ON c.organization_id = m.organization_id
       WHERE m.user_id = $1 AND EXISTS (SELECT 1 FROM author_pseudonym a WHERE a.challenge_id = c.id AND a.participant_id = $2) LIMIT 1`,
      [viewerId, participantId],
    );
    return row !== null;
  }
}
