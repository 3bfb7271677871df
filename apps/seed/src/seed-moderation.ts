import type { PoolClient } from 'pg';
import { Random } from './random';

/** DUPLICATE (which names an original) and OTHER (which needs details) are left to the API's tests. */
const REASONS = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC'];

/**
 * A moderation load like a busy brand's: 2 % of ideas and 0.5 % of comments reported by 1–5
 * distinct participants (most in good standing), the ideas with 3 or more such reporters held by
 * Pollen (AUTO_HOLD), a tenth of the others dismissed by the brand lead (DISMISS), two rules, and
 * one participant suspended for a week. None of these changes credit, so the seeded ledger stays
 * as it was computed (a hide would append compensating entries; the API's tests cover those).
 */
export async function seedModeration(
  client: PoolClient,
  random: Random,
  ids: { organizationId: string; challengeId: string; ownerId: string; userIds: string[]; ideaIds: string[]; ideaAuthors: string[]; commentIds: string[]; commentAuthors: string[] },
  at: number,
): Promise<Record<string, number>> {
  const items: unknown[][] = [];
  const reports: unknown[][] = [];
  const actions: unknown[][] = [];
  const held: string[] = [];
  const pick = (type: 'IDEA' | 'COMMENT', targets: string[], authors: string[], share: number) => {
    for (let i = 0; i < targets.length; i++) {
      if (random.next() >= share) continue;
      const itemId = random.uuid();
      const count = 1 + random.int(5);
      const reporters = new Set<string>();
      while (reporters.size < Math.min(count, ids.userIds.length - 2)) {
        const user = ids.userIds[1 + random.int(ids.userIds.length - 1)];
        if (user !== authors[i]) reporters.add(user);
      }
      const reasons: Record<string, number> = {};
      let standing = 0;
      for (const reporter of reporters) {
        const reasonOf = REASONS[random.int(REASONS.length)];
        const inStanding = random.next() < 0.8;
        standing += inStanding ? 1 : 0;
        reasons[reasonOf] = (reasons[reasonOf] ?? 0) + 1;
        reports.push([random.uuid(), itemId, reporter, reasonOf, inStanding, new Date(at - random.int(86_400_000))]);
      }
      const hold = type === 'IDEA' && standing >= 3;
      const dismissed = !hold && random.next() < 0.1;
      const state = hold ? 'HELD' : dismissed ? 'RESOLVED' : 'REPORTED';
      items.push([itemId, ids.organizationId, ids.challengeId, type, targets[i], authors[i], state, dismissed ? 0 : reporters.size, dismissed ? 0 : standing, JSON.stringify(dismissed ? {} : reasons), new Date(at)]);
      if (hold) {
        held.push(targets[i]);
        actions.push([ids.organizationId, ids.challengeId, null, 'AUTO_HOLD', type, targets[i], `Held for review: reported by ${standing} participants in good standing`, { visibility: 'VISIBLE' }, { visibility: 'HELD' }]);
      }
      if (dismissed) actions.push([ids.organizationId, ids.challengeId, ids.ownerId, 'DISMISS', type, targets[i], 'Reviewed: nothing wrong', {}, {}]);
    }
  };
  pick('IDEA', ids.ideaIds, ids.ideaAuthors, 0.02);
  pick('COMMENT', ids.commentIds, ids.commentAuthors, 0.005);

  await client.query(
    `INSERT INTO moderation_item (id, organization_id, challenge_id, target_type, target_id, author_id, state, reporter_count, standing_reporters, reasons, created_at, updated_at)
     SELECT id, org, ch, tt, tid, au, st, rc, sr, rs::jsonb, ts, ts
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::uuid[], $6::uuid[], $7::text[], $8::int[], $9::int[], $10::text[], $11::timestamptz[])
         AS t(id, org, ch, tt, tid, au, st, rc, sr, rs, ts)`,
    columns(items, 11),
  );
  await client.query(
    `INSERT INTO moderation_report (id, item_id, reporter_id, reason, in_standing, created_at, state)
     SELECT r.id, r.item, r.reporter, r.reason, r.standing, r.ts, CASE WHEN m.state = 'RESOLVED' THEN 'DISMISSED' ELSE 'OPEN' END
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::boolean[], $6::timestamptz[]) AS r(id, item, reporter, reason, standing, ts)
       JOIN moderation_item m ON m.id = r.item`,
    columns(reports, 6),
  );
  await client.query(`UPDATE idea SET visibility = 'HELD' WHERE id = ANY($1::uuid[])`, [held]);

  const suspended = ids.userIds[1 + random.int(ids.userIds.length - 1)];
  await client.query(
    `INSERT INTO organization_suspension (organization_id, user_id, reason, until, created_by) VALUES ($1, $2, 'Repeated spam links', now() + interval '7 days', $3)`,
    [ids.organizationId, suspended, ids.ownerId],
  );
  actions.push([ids.organizationId, null, ids.ownerId, 'SUSPEND', 'USER', suspended, 'Repeated spam links', {}, { days: 7 }]);
  await client.query(
    `INSERT INTO moderation_rule (organization_id, kind, action, pattern, pattern_key, created_by)
     VALUES ($1, 'WORD', 'HOLD', 'golpe', 'golpe', $2), ($1, 'LINK', 'REFUSE', 'spam.example', 'spam.example', $2)`,
    [ids.organizationId, ids.ownerId],
  );
  await client.query(
    `INSERT INTO moderation_action (organization_id, challenge_id, actor_id, action, target_type, target_id, reason, before, after)
     SELECT org, ch, actor, action, tt, tid, reason, b::jsonb, a::jsonb
       FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::text[], $8::text[], $9::text[]) AS t(org, ch, actor, action, tt, tid, reason, b, a)`,
    columns(actions.map((a) => [...a.slice(0, 7), JSON.stringify(a[7]), JSON.stringify(a[8])]), 9),
  );
  return { moderation_item: items.length, moderation_report: reports.length, moderation_action: actions.length };
}

function columns(rows: unknown[][], width: number): unknown[][] {
  return Array.from({ length: width }, (_, c) => rows.map((row) => row[c]));
}
