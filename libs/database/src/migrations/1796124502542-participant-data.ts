import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A participant's data (libs/privacy): export requests and their archives, one-time download
 * tokens, consent decisions (the history and the current choices), notification preferences,
 * and brand-team profile views counted per organisation and day.
 */
export class ParticipantData1796124502542 implements MigrationInterface {
  name = 'ParticipantData1796124502542';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE data_export (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        state text NOT NULL DEFAULT 'QUEUED' CHECK (state IN ('QUEUED', 'RUNNING', 'READY', 'FAILED', 'EXPIRED')),
        items_done integer NOT NULL DEFAULT 0 CHECK (items_done >= 0),
        items_total integer NOT NULL DEFAULT 0 CHECK (items_total >= 0),
        attempts integer NOT NULL DEFAULT 0,
        requested_at timestamptz NOT NULL DEFAULT now(),
        claimed_at timestamptz,
        finished_at timestamptz,
        expires_at timestamptz,
        archive bytea,
        size_bytes bigint,
        CHECK ((state = 'READY') = (archive IS NOT NULL))
      )`);
    // One export in progress per account.
    await q.query(`CREATE UNIQUE INDEX data_export_one_in_progress ON data_export (user_id) WHERE state IN ('QUEUED', 'RUNNING')`);
    await q.query(`CREATE INDEX data_export_user_idx ON data_export (user_id, requested_at DESC)`);
    await q.query(`CREATE INDEX data_export_pending_idx ON data_export (requested_at) WHERE state IN ('QUEUED', 'RUNNING')`);
    await q.query(`
      CREATE TABLE data_export_download (
        token_hash bytea PRIMARY KEY,
        export_id uuid NOT NULL REFERENCES data_export(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz
      )`);
    await q.query(`CREATE INDEX data_export_download_expiry_idx ON data_export_download (expires_at)`);
    await q.query(`
      CREATE TABLE consent_record (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        subject text NOT NULL CHECK (char_length(subject) <= 64),
        choice text NOT NULL CHECK (char_length(choice) <= 32),
        version integer NOT NULL CHECK (version > 0),
        recorded_at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX consent_record_user_idx ON consent_record (user_id, recorded_at DESC, id DESC)`);
    await q.query(`
      CREATE TABLE privacy_setting (
        user_id uuid PRIMARY KEY REFERENCES app_user(id) ON DELETE CASCADE,
        partner_visibility text NOT NULL CHECK (partner_visibility IN ('NAMED', 'PSEUDONYM', 'AGGREGATE')),
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        kind text NOT NULL REFERENCES notification_kind(kind),
        enabled boolean NOT NULL,
        version integer NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (user_id, kind)
      )`);
    await q.query(`
      CREATE TABLE profile_view_day (
        participant_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        day date NOT NULL,
        organization_id uuid NOT NULL REFERENCES organization(id) ON DELETE CASCADE,
        views integer NOT NULL CHECK (views > 0),
        PRIMARY KEY (participant_id, day, organization_id)
      )`);
    await q.query(`CREATE INDEX profile_view_day_day_idx ON profile_view_day (day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of ['profile_view_day', 'notification_preference', 'privacy_setting', 'consent_record', 'data_export_download', 'data_export']) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
  }
}
