import { Db } from '@pollen/database';
import { ModerationItemState } from '@pollen/moderation';
import { ModerationItemsRepository } from '../../libs/moderation/src/moderation-items.repository';
import { createTestApp, TestApp } from '../setup/test-app';

// Ten times Fiat Mio is 110,000 ideas and 1.1 million comments. A brand moderating a spam wave at
// that size: 300,000 queue items in its organisation (a fifth of its content, every state), and
// 100,000 in another brand's. Each page of the queue and its counts must come from an index.
const ITEMS = 300_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe(`the moderation queue at ${ITEMS.toLocaleString('en')} items`, () => {
  let t: TestApp;
  let org: string;
  let repository: ModerationItemsRepository;
  const report: string[] = [];
  let label = '';

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`INSERT INTO app_user (email, display_name, password_hash) VALUES ('o@example.test', 'Owner', 'x')`);
    const orgs = await t.sql(`INSERT INTO organization (name, slug, created_by) SELECT 'Brand ' || g, 'brand-' || g, (SELECT id FROM app_user) FROM generate_series(1, 2) g RETURNING id`);
    org = orgs[0].id;
    const challenges = await t.sql(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by)
       SELECT o, 'Challenge', 'Brief', 'en', 'IDEATION', (SELECT id FROM app_user) FROM unnest($1::uuid[]) o RETURNING id, organization_id`,
      [orgs.map((o: { id: string }) => o.id)],
    );
    // States as a wave leaves them: most resolved, a tenth reported, a few held, pending and hidden.
    for (const [c, count] of [[challenges[0], ITEMS], [challenges[1], 100_000]] as const) {
      await t.sql(
        `INSERT INTO moderation_item (organization_id, challenge_id, target_type, target_id, state, reporter_count, standing_reporters, reasons, updated_at)
         SELECT $1, $2, CASE WHEN g % 5 = 0 THEN 'IDEA' ELSE 'COMMENT' END, gen_random_uuid(),
                (ARRAY['RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','RESOLVED','REPORTED','HELD','PENDING','HIDDEN'])[1 + g % 10],
                1 + g % 4, g % 3, '{"SPAM": 1}', now() - (g || ' seconds')::interval
           FROM generate_series(1, $3) g`,
        [c.organization_id, c.id, count],
      );
    }
    await t.sql(`ANALYZE moderation_item`);
    const explaining = {
      query: async (sql: string, params: unknown[]) => {
        const [row] = await t.sql(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, params);
        const plan = row['QUERY PLAN'][0];
        const text = await t.sql(`EXPLAIN (ANALYZE, COSTS OFF, TIMING OFF, SUMMARY OFF) ${sql}`, params);
        report.push(`${label}: ${plan['Execution Time'].toFixed(2)} ms\n${text.map((r: any) => `    ${r['QUERY PLAN']}`).join('\n')}`);
        return [plan];
      },
    } as unknown as Db;
    repository = new ModerationItemsRepository(explaining);
  }, 300_000);
  afterAll(() => t.close());

  const indexed = (plan: { Plan: PlanNode }, index: string) => {
    const all = nodes(plan.Plan);
    expect(all.filter((node) => node['Node Type'] === 'Seq Scan' || node['Node Type'] === 'Sort')).toEqual([]);
    expect(all.map((node) => node['Index Name']).filter(Boolean)).toContain(index);
  };

  it('pages the default queue (reported, held, pending) through its partial index, first page and after a cursor', async () => {
    const open = [ModerationItemState.REPORTED, ModerationItemState.HELD, ModerationItemState.PENDING];
    label = 'default queue, first page';
    const [first] = (await repository.page(org, { states: open, challengeId: null, targetType: null }, null, 21)) as never[];
    indexed(first, 'moderation_item_queue_idx');
    label = 'default queue, after a cursor deep in it';
    const [[deep]] = await t.sql(`SELECT array[updated_at::text, id::text] AS k FROM moderation_item WHERE organization_id = $1 AND state = 'HELD' ORDER BY updated_at DESC OFFSET 20000 LIMIT 1`, [org]).then((rows) => rows.map((r: any) => r.k));
    const [later] = (await repository.page(org, { states: open, challengeId: null, targetType: null }, [deep, (await t.sql(`SELECT id FROM moderation_item WHERE updated_at::text = $1 LIMIT 1`, [deep]))[0].id], 21)) as never[];
    indexed(later, 'moderation_item_queue_idx');
  });

  it('pages one state through the state index, and reads the counts the trigger keeps (equal to a count of the rows)', async () => {
    label = 'HELD only';
    const [held] = (await repository.page(org, { states: [ModerationItemState.HELD], challengeId: null, targetType: null }, null, 21)) as never[];
    indexed(held, 'moderation_item_state_idx');
    label = 'counts per state';
    const [counts] = (await repository.counts(org, null)) as never[];
    const all = nodes((counts as { Plan: PlanNode }).Plan);
    expect(all.filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
    expect(all.map((node) => node['Index Name']).filter(Boolean)).toContain('moderation_item_count_pkey');
    const exact = await t.sql(`SELECT state, count(*)::int AS n FROM moderation_item WHERE organization_id = $1 GROUP BY state ORDER BY state`, [org]);
    const kept = await t.sql(`SELECT state, n FROM moderation_item_count WHERE organization_id = $1 AND n > 0 ORDER BY state`, [org]);
    expect(kept).toEqual(exact);
    console.log(`EXPLAIN ANALYZE, moderation queue at ${ITEMS} items (+100,000 of another brand):\n  ${report.join('\n  ')}`);
  });
});
