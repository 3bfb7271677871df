import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The moderation log searched by its reasons (the control room's log search): a trigram index of
 * the accent-folded, lower-cased reason, so "spam" finds "SPAM", "Spám" and "spammer" without a scan
 * of the organisation's log.
 */
export class ModerationLogSearch1796125019933 implements MigrationInterface {
  name = 'ModerationLogSearch1796125019933';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX moderation_action_reason_trgm_idx ON moderation_action USING gin (lower(pollen_unaccent(reason)) gin_trgm_ops)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX moderation_action_reason_trgm_idx`);
  }
}
