import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The id of the request that recorded an event, so the relay's log line for the socket event
 * names the request that caused it. Nullable (events recorded by jobs, CLIs and older rows have
 * none), without a default: adding it rewrites nothing. Bounded like the header it comes from.
 */
export class EventRequestId1796111651800 implements MigrationInterface {
  name = 'EventRequestId1796111651800';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE domain_event ADD COLUMN request_id text CHECK (char_length(request_id) BETWEEN 1 AND 64)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE domain_event DROP COLUMN request_id`);
  }
}
