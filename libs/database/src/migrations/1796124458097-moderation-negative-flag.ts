import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Strongly negative content enters the moderation queue by itself: a queue state FLAGGED (the
 * content stays visible) and the automatic action that puts it there, FLAG_NEGATIVE, taken by
 * Pollen (no actor). The default queue's partial index covers the new state.
 */
export class ModerationNegativeFlag1796124458097 implements MigrationInterface {
  name = 'ModerationNegativeFlag1796124458097';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE moderation_item DROP CONSTRAINT moderation_item_state_check`);
    await q.query(`ALTER TABLE moderation_item ADD CONSTRAINT moderation_item_state_check CHECK (state IN ('REPORTED', 'HELD', 'PENDING', 'FLAGGED', 'HIDDEN', 'RESOLVED'))`);
    await q.query(`DROP INDEX moderation_item_queue_idx`);
    await q.query(`CREATE INDEX moderation_item_queue_idx ON moderation_item (organization_id, updated_at DESC, id DESC) WHERE state IN ('REPORTED', 'HELD', 'PENDING', 'FLAGGED')`);
    await q.query(`ALTER TABLE moderation_action DROP CONSTRAINT moderation_action_action_check`);
    await q.query(`ALTER TABLE moderation_action ADD CONSTRAINT moderation_action_action_check CHECK (action IN ('AUTO_HOLD', 'RULE_HOLD', 'PREMODERATE',
      'FLAG_NEGATIVE', 'HIDE', 'RESTORE', 'DISMISS', 'APPROVE', 'REFUSE', 'SUSPEND', 'REINSTATE', 'MERGE', 'UNDO_MERGE'))`);
    await q.query(`ALTER TABLE moderation_action DROP CONSTRAINT moderation_action_actor`);
    await q.query(`ALTER TABLE moderation_action ADD CONSTRAINT moderation_action_actor CHECK (actor_id IS NOT NULL OR action IN ('AUTO_HOLD', 'RULE_HOLD', 'PREMODERATE', 'FLAG_NEGATIVE'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE moderation_item SET state = 'RESOLVED' WHERE state = 'FLAGGED'`);
    await q.query(`ALTER TABLE moderation_item DROP CONSTRAINT moderation_item_state_check`);
    await q.query(`ALTER TABLE moderation_item ADD CONSTRAINT moderation_item_state_check CHECK (state IN ('REPORTED', 'HELD', 'PENDING', 'HIDDEN', 'RESOLVED'))`);
    await q.query(`DROP INDEX moderation_item_queue_idx`);
    await q.query(`CREATE INDEX moderation_item_queue_idx ON moderation_item (organization_id, updated_at DESC, id DESC) WHERE state IN ('REPORTED', 'HELD', 'PENDING')`);
    // The log is append-only: FLAG_NEGATIVE rows stay, so the action checks keep allowing them.
  }
}
