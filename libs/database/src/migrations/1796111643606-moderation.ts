import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Moderation (issue 13): one `visibility` per idea and comment, maintained by moderation and read
 * by every read path through one predicate (libs/kernel/src/visibility.policy.ts); reports, the
 * queue's items, per-organisation word and link rules, challenge settings, suspensions, and the
 * append-only moderation log. Comment stance lives here too.
 */
export class Moderation1796111643606 implements MigrationInterface {
  name = 'Moderation1796111643606';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE idea
        ADD COLUMN visibility text NOT NULL DEFAULT 'VISIBLE'
          CHECK (visibility IN ('VISIBLE', 'PENDING', 'HELD', 'HIDDEN', 'REFUSED', 'MERGED')),
        ADD COLUMN merged_into uuid REFERENCES idea(id),
        ADD CONSTRAINT idea_merged_into_target CHECK ((visibility = 'MERGED') = (merged_into IS NOT NULL)),
        ADD CONSTRAINT idea_merged_not_self CHECK (merged_into <> id)`);
    await q.query(`
      ALTER TABLE comment
        ADD COLUMN visibility text NOT NULL DEFAULT 'VISIBLE'
          CHECK (visibility IN ('VISIBLE', 'PENDING', 'HELD', 'HIDDEN', 'REFUSED')),
        ADD COLUMN stance text CHECK (stance IN ('FOR', 'NEUTRAL', 'AGAINST'))`);
    await q.query(`CREATE INDEX comment_author_idx ON comment (author_id)`);

    await q.query(`
      CREATE TABLE challenge_moderation (
        challenge_id uuid PRIMARY KEY REFERENCES challenge(id),
        hold_threshold integer NOT NULL DEFAULT 3 CHECK (hold_threshold BETWEEN 1 AND 100),
        premoderate_ideas boolean NOT NULL DEFAULT false,
        premoderate_comments boolean NOT NULL DEFAULT false,
        updated_by uuid NOT NULL REFERENCES app_user(id),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    // Word and link rules: pattern_key is the pattern lower-cased and accent-folded, as texts are when matched.
    await q.query(`
      CREATE TABLE moderation_rule (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        kind text NOT NULL CHECK (kind IN ('WORD', 'LINK')),
        action text NOT NULL CHECK (action IN ('REFUSE', 'HOLD')),
        pattern text NOT NULL CHECK (char_length(pattern) BETWEEN 2 AND 100),
        pattern_key text NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_rule_once UNIQUE (organization_id, kind, pattern_key)
      )`);

    // One row per reported, held or pre-moderated target in an organisation: what the queue pages.
    await q.query(`
      CREATE TABLE moderation_item (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        challenge_id uuid REFERENCES challenge(id),
        target_type text NOT NULL CHECK (target_type IN ('IDEA', 'COMMENT', 'USER')),
        target_id uuid NOT NULL,
        author_id uuid REFERENCES app_user(id),
        state text NOT NULL CHECK (state IN ('REPORTED', 'HELD', 'PENDING', 'HIDDEN', 'RESOLVED')),
        reporter_count integer NOT NULL DEFAULT 0 CHECK (reporter_count >= 0),
        standing_reporters integer NOT NULL DEFAULT 0 CHECK (standing_reporters >= 0),
        reasons jsonb NOT NULL DEFAULT '{}',
        rule text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_item_once UNIQUE (organization_id, target_type, target_id),
        CONSTRAINT moderation_item_challenge CHECK ((target_type = 'USER') OR challenge_id IS NOT NULL)
      )`);
    // The default queue (what needs the team) and any one state, each read in order from its index.
    await q.query(`CREATE INDEX moderation_item_queue_idx ON moderation_item (organization_id, updated_at DESC, id DESC) WHERE state IN ('REPORTED', 'HELD', 'PENDING')`);
    await q.query(`CREATE INDEX moderation_item_state_idx ON moderation_item (organization_id, state, updated_at DESC, id DESC)`);
    await q.query(`CREATE INDEX moderation_item_target_idx ON moderation_item (target_id)`);
    // The queue's counts per state, kept by triggers so that reading them costs one row per
    // challenge whatever the size of a wave (counting 120,000 open items took 260 ms).
    await q.query(`
      CREATE TABLE moderation_item_count (
        organization_id uuid NOT NULL,
        challenge_key uuid NOT NULL,
        state text NOT NULL,
        -- No CHECK (n >= 0): an upsert's proposed row carries a negative delta (a state left).
        n integer NOT NULL,
        PRIMARY KEY (organization_id, challenge_key, state)
      )`);
    // Per statement, from its transition tables: a seeded wave of 300,000 items is one upsert per
    // (challenge, state), not 300,000 updates of one row. One function per event (each sees only its tables).
    const KEY = `COALESCE(challenge_id, '00000000-0000-0000-0000-000000000000'::uuid)`;
    const deltas: Record<string, string> = {
      insert: `SELECT organization_id, ${KEY} AS challenge_key, state, 1 AS d FROM new_rows`,
      update: `SELECT organization_id, ${KEY} AS challenge_key, state, 1 AS d FROM new_rows
               UNION ALL SELECT organization_id, ${KEY}, state, -1 FROM old_rows`,
      delete: `SELECT organization_id, ${KEY} AS challenge_key, state, -1 AS d FROM old_rows`,
    };
    const tables: Record<string, string> = { insert: 'NEW TABLE AS new_rows', update: 'NEW TABLE AS new_rows OLD TABLE AS old_rows', delete: 'OLD TABLE AS old_rows' };
    for (const event of ['insert', 'update', 'delete']) {
      await q.query(`
        CREATE FUNCTION pollen_moderation_item_count_${event}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          INSERT INTO moderation_item_count AS c (organization_id, challenge_key, state, n)
          SELECT organization_id, challenge_key, state, sum(d)::int FROM (${deltas[event]}) delta
           GROUP BY organization_id, challenge_key, state HAVING sum(d) <> 0
          ON CONFLICT (organization_id, challenge_key, state) DO UPDATE SET n = c.n + EXCLUDED.n;
          RETURN NULL;
        END $$`);
      await q.query(`CREATE TRIGGER moderation_item_count_${event} AFTER ${event.toUpperCase()} ON moderation_item
                       REFERENCING ${tables[event]} FOR EACH STATEMENT EXECUTE FUNCTION pollen_moderation_item_count_${event}()`);
    }

    await q.query(`
      CREATE TABLE moderation_report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        item_id uuid NOT NULL REFERENCES moderation_item(id),
        reporter_id uuid NOT NULL REFERENCES app_user(id),
        reason text NOT NULL CHECK (reason IN ('SPAM', 'OFFENSIVE', 'OFF_TOPIC', 'DUPLICATE', 'OTHER')),
        original_idea_id uuid REFERENCES idea(id),
        details text CHECK (details IS NULL OR char_length(details) BETWEEN 3 AND 1000),
        in_standing boolean NOT NULL,
        state text NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'DISMISSED', 'UPHELD')),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_report_once UNIQUE (item_id, reporter_id),
        CONSTRAINT moderation_report_duplicate_names_original CHECK ((reason = 'DUPLICATE') = (original_idea_id IS NOT NULL)),
        CONSTRAINT moderation_report_other_has_details CHECK (reason <> 'OTHER' OR details IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX moderation_report_reporter_idx ON moderation_report (reporter_id, created_at)`);

    await q.query(`
      CREATE TABLE organization_suspension (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization(id),
        user_id uuid NOT NULL REFERENCES app_user(id),
        reason text NOT NULL,
        until timestamptz,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        lifted_at timestamptz,
        lifted_by uuid REFERENCES app_user(id),
        CONSTRAINT organization_suspension_future CHECK (until IS NULL OR until > created_at)
      )`);
    await q.query(`CREATE UNIQUE INDEX organization_suspension_active_key ON organization_suspension (organization_id, user_id) WHERE lifted_at IS NULL`);

    // The moderation log: append-only, like the ledger (the trigger refuses updates and deletes).
    await q.query(`
      CREATE TABLE moderation_action (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        position bigserial UNIQUE,
        organization_id uuid NOT NULL REFERENCES organization(id),
        challenge_id uuid REFERENCES challenge(id),
        actor_id uuid REFERENCES app_user(id),
        action text NOT NULL CHECK (action IN ('AUTO_HOLD', 'RULE_HOLD', 'PREMODERATE', 'HIDE', 'RESTORE', 'DISMISS', 'APPROVE', 'REFUSE',
          'SUSPEND', 'REINSTATE', 'MERGE', 'UNDO_MERGE')),
        target_type text NOT NULL CHECK (target_type IN ('IDEA', 'COMMENT', 'USER')),
        target_id uuid NOT NULL,
        reason text NOT NULL CHECK (char_length(reason) BETWEEN 3 AND 2000),
        before jsonb NOT NULL DEFAULT '{}',
        after jsonb NOT NULL DEFAULT '{}',
        undoes uuid UNIQUE REFERENCES moderation_action(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT moderation_action_actor CHECK (actor_id IS NOT NULL OR action IN ('AUTO_HOLD', 'RULE_HOLD', 'PREMODERATE'))
      )`);
    await q.query(`CREATE INDEX moderation_action_log_idx ON moderation_action (organization_id, position DESC)`);
    await q.query(`CREATE INDEX moderation_action_target_idx ON moderation_action (target_id, position DESC)`);
    await q.query(`
      CREATE FUNCTION pollen_moderation_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the moderation log is append-only' USING ERRCODE = 'P0001';
      END $$`);
    await q.query(`
      CREATE TRIGGER moderation_action_append_only BEFORE UPDATE OR DELETE ON moderation_action
        FOR EACH ROW EXECUTE FUNCTION pollen_moderation_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE moderation_action`);
    await q.query(`DROP FUNCTION pollen_moderation_append_only()`);
    await q.query(`DROP TABLE organization_suspension`);
    await q.query(`DROP TABLE moderation_report`);
    await q.query(`DROP TABLE moderation_item`);
    for (const event of ['insert', 'update', 'delete']) await q.query(`DROP FUNCTION pollen_moderation_item_count_${event}()`);
    await q.query(`DROP TABLE moderation_item_count`);
    await q.query(`DROP TABLE moderation_rule`);
    await q.query(`DROP TABLE challenge_moderation`);
    await q.query(`DROP INDEX comment_author_idx`);
    await q.query(`ALTER TABLE comment DROP COLUMN stance, DROP COLUMN visibility`);
    await q.query(`ALTER TABLE idea DROP COLUMN merged_into, DROP COLUMN visibility`);
  }
}
