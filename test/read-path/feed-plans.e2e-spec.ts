import { Db } from '@pollen/database';
import { IdeaOrder, IdeasRepository } from '@pollen/ideas';
import { createTestApp, TestApp } from '../setup/test-app';

// At 100,000 ideas the feeds, search and similar-idea suggestions must be answered from
// indexes, never by scanning every idea. The SQL is the repository's own: a Db that prefixes
// EXPLAIN runs exactly what the API runs.
const IDEAS = 100_000;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

describe(`query plans at ${IDEAS.toLocaleString('en')} ideas`, () => {
  let t: TestApp;
  let challengeId: string;
  let repository: IdeasRepository;
  const timings: string[] = [];
  let label = '';

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`INSERT INTO app_user (email, display_name, password_hash)
                 SELECT 'u' || g || '@example.test', 'User ' || g, 'x' FROM generate_series(1, 1000) g`);
    const [org] = await t.sql(`INSERT INTO organization (name, slug, created_by) SELECT 'Brand', 'brand', id FROM app_user LIMIT 1 RETURNING id, created_by`);
    const challenges = await t.sql(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by)
       SELECT $1, 'Challenge ' || g, 'Brief', 'en', 'IDEATION', $2 FROM generate_series(1, 4) g RETURNING id`,
      [org.id, org.created_by],
    );
    challengeId = challenges[0].id;
    // A vocabulary of 60 words, so that a two-word search matches a fraction of a percent, as real text does.
    const words = ['solar', 'roof', 'modular', 'seat', 'battery', 'cargo', 'bike', 'rail', 'repairable', 'dashboard', 'city', 'quiet',
      'light', 'panel', 'window', 'door', 'wheel', 'tyre', 'brake', 'charger', 'cable', 'screen', 'voice', 'music', 'map', 'sensor',
      'camera', 'mirror', 'trunk', 'hood', 'engine', 'motor', 'pedal', 'steering', 'horn', 'lamp', 'fabric', 'leather', 'wood',
      'recycled', 'plastic', 'aluminium', 'carbon', 'paint', 'colour', 'sticker', 'child', 'dog', 'family', 'parking', 'garage',
      'sharing', 'subscription', 'app', 'phone', 'key', 'lock', 'alarm', 'heater', 'fan'];
    await t.sql(
      `INSERT INTO idea (challenge_id, author_id, title, body, ts_config, upvotes, downvotes, created_at)
       SELECT ($1::uuid[])[1 + g % 4], (SELECT id FROM app_user ORDER BY id OFFSET g % 1000 LIMIT 1),
              initcap(w[1 + g % 60]) || ' ' || w[1 + (g / 60) % 60] || ' ' || w[1 + (g / 3600) % 60] || ' ' || (g % 97),
              'An idea about ' || w[1 + (g / 7) % 60] || ' and ' || w[1 + (g / 11) % 60] || '.',
              'pollen_en', (power(random(), 4) * 500)::int, (random() * 20)::int,
              now() - (random() * interval '400 days')
         FROM generate_series(1, $2) g, (SELECT $3::text[] AS w) words`,
      [challenges.map((c: { id: string }) => c.id), IDEAS, words],
    );
    await t.sql(`ANALYZE`);
    const explainingDb = {
      query: async (sql: string, params: unknown[]) => {
        const started = process.hrtime.bigint();
        const [row] = await t.sql(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        const plan = row['QUERY PLAN'][0];
        timings.push(`${label}: ${plan['Execution Time'].toFixed(1)} ms in PostgreSQL, ${(Number(process.hrtime.bigint() - started) / 1e6).toFixed(1)} ms round trip`);
        return [plan];
      },
    } as unknown as Db;
    repository = new IdeasRepository(explainingDb);
  }, 180_000);
  afterAll(() => t.close());

  const expectIndexed = (plan: { Plan: PlanNode; 'Execution Time': number }, index: string) => {
    const all = nodes(plan.Plan);
    expect(all.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'idea')).toEqual([]);
    expect(all.map((node) => node['Index Name']).filter(Boolean)).toContain(index);
  };

  it.each([
    [IdeaOrder.NEW, 'idea_new_idx'],
    [IdeaOrder.TOP, 'idea_top_idx'],
    [IdeaOrder.HOT, 'idea_hot_idx'],
  ])('pages the %s feed through %s', async (order, index) => {
    label = `${order} feed`;
    const [first] = (await repository.feed({ challengeId, order, search: null, tsConfig: 'pollen_en', after: null, limit: 21 })) as never[];
    expectIndexed(first, index);
  });

  it('searches through the GIN text index and suggests similar titles through the trigram index', async () => {
    label = 'search';
    const [search] = (await repository.feed({ challengeId, order: IdeaOrder.RELEVANCE, search: 'repairable dashboard', tsConfig: 'pollen_en', after: null, limit: 21 })) as never[];
    expectIndexed(search, 'idea_search_idx');
    label = 'similar ideas';
    const [similar] = (await repository.similar(challengeId, 'Solar roof lamp', 5)) as never[];
    expectIndexed(similar, 'idea_title_trgm_idx');
    console.log(`EXPLAIN ANALYZE at ${IDEAS} ideas:\n  ${timings.join('\n  ')}`);
  });
});
