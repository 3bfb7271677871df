import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { RuleAction, RuleKind } from './moderation.enums';
import { HOLD_THRESHOLD_DEFAULT } from './moderation.constant';
import { TextRule } from './text-rules.util';

export interface RuleRow extends TextRule {
  organizationId: string;
  createdAt: Date;
}

export interface ChallengeSettingsRow {
  challengeId: string;
  holdThreshold: number;
  premoderateIdeas: boolean;
  premoderateComments: boolean;
}

const RULE_COLUMNS = `id, organization_id AS "organizationId", kind, action, pattern, pattern_key AS "patternKey", created_at AS "createdAt"`;

/** Word and link rules per organisation, and moderation settings per challenge. */
@Injectable()
export class ModerationRulesRepository {
  constructor(private readonly db: Db) {}

  list(organizationId: string, limit: number | null = null): Promise<RuleRow[]> {
    return this.db.query(`SELECT ${RULE_COLUMNS} FROM moderation_rule WHERE organization_id = $1 ORDER BY created_at, id LIMIT $2`, [organizationId, limit]);
  }

  async count(organizationId: string): Promise<number> {
    return (await this.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM moderation_rule WHERE organization_id = $1`, [organizationId]))!.n;
  }

  insert(values: { organizationId: string; kind: RuleKind; action: RuleAction; pattern: string; patternKey: string; createdBy: string }): Promise<RuleRow | null> {
    return this.db.one(
      `INSERT INTO moderation_rule (organization_id, kind, action, pattern, pattern_key, created_by) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (organization_id, kind, pattern_key) DO NOTHING RETURNING ${RULE_COLUMNS}`,
      [values.organizationId, values.kind, values.action, values.pattern, values.patternKey, values.createdBy],
    );
  }

  find(id: string): Promise<RuleRow | null> {
    return this.db.one(`SELECT ${RULE_COLUMNS} FROM moderation_rule WHERE id = $1`, [id]);
  }

  async remove(id: string): Promise<void> {
    await this.db.query(`DELETE FROM moderation_rule WHERE id = $1`, [id]);
  }

  async settings(challengeId: string): Promise<ChallengeSettingsRow> {
    const row = await this.db.one<ChallengeSettingsRow>(
      `SELECT c.id AS "challengeId", COALESCE(m.hold_threshold, $2) AS "holdThreshold",
              COALESCE(m.premoderate_ideas, false) AS "premoderateIdeas", COALESCE(m.premoderate_comments, false) AS "premoderateComments"
         FROM challenge c LEFT JOIN challenge_moderation m ON m.challenge_id = c.id WHERE c.id = $1`,
      [challengeId, HOLD_THRESHOLD_DEFAULT],
    );
    return row!;
  }

  /** The rules of the challenge's organisation and the challenge's settings, in one round trip (every new text asks both). */
  async forScreening(organizationId: string, challengeId: string): Promise<{ rules: RuleRow[]; settings: ChallengeSettingsRow }> {
    const row = await this.db.one<{ rules: RuleRow[] | null; settings: ChallengeSettingsRow }>(
      `SELECT (SELECT json_agg(json_build_object('id', r.id, 'kind', r.kind, 'action', r.action, 'pattern', r.pattern, 'patternKey', r.pattern_key))
                 FROM moderation_rule r WHERE r.organization_id = $1) AS rules,
              json_build_object('challengeId', $2::uuid, 'holdThreshold', COALESCE(m.hold_threshold, $3::int),
                'premoderateIdeas', COALESCE(m.premoderate_ideas, false), 'premoderateComments', COALESCE(m.premoderate_comments, false)) AS settings
         FROM (SELECT 1) one LEFT JOIN challenge_moderation m ON m.challenge_id = $2`,
      [organizationId, challengeId, HOLD_THRESHOLD_DEFAULT],
    );
    return { rules: row?.rules ?? [], settings: row!.settings };
  }

  async saveSettings(values: ChallengeSettingsRow & { updatedBy: string }): Promise<void> {
    await this.db.query(
      `INSERT INTO challenge_moderation (challenge_id, hold_threshold, premoderate_ideas, premoderate_comments, updated_by)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (challenge_id) DO UPDATE SET hold_threshold = EXCLUDED.hold_threshold, premoderate_ideas = EXCLUDED.premoderate_ideas,
         premoderate_comments = EXCLUDED.premoderate_comments, updated_by = EXCLUDED.updated_by, updated_at = now()`,
      [values.challengeId, values.holdThreshold, values.premoderateIdeas, values.premoderateComments, values.updatedBy],
    );
  }
}
