import { Db } from '@pollen/database';
import { IdeaStatus, IdeasRepository, ReviewOrder } from '@pollen/ideas';
import { createTestApp, TestApp } from '../setup/test-app';

// The brand team's review board at 60,000 ideas: every order (score, divisiveness, sentiment
// either way) is read from its index, and a page costs its own rows, on the first page as deep in
// the board. The SQL is the repository's own: a Db that prefixes EXPLAIN runs what the API runs.
const IDEAS = 60_000;
const PAGE = 21; // a page of 20 and the row that says there is a next one
const DECIDED = 90;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Actual Rows'?: number;
  Plans?: PlanNode[];
}

const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];

describe(`the review board's plans at ${IDEAS.toLocaleString('en')} ideas`, () => {
  let t: TestApp;
  let challengeId: string;
  let plans: IdeasRepository;
  let rows: IdeasRepository;

  beforeAll(async () => {
    t = await createTestApp();
    await t.sql(`INSERT INTO app_user (email, display_name, password_hash) SELECT 'u' || g || '@example.test', 'User ' || g, 'x' FROM generate_series(1, 500) g`);
    const [org] = await t.sql(`INSERT INTO organization (name, slug, created_by) SELECT 'Brand', 'brand', id FROM app_user LIMIT 1 RETURNING id, created_by`);
    const challenges = await t.sql(
      `INSERT INTO challenge (organization_id, title, brief, language, phase, created_by)
       SELECT $1, 'Challenge ' || g, 'Brief', 'en', 'REVIEW', $2 FROM generate_series(1, 3) g RETURNING id`,
      [org.id, org.created_by],
    );
    challengeId = challenges[0].id;
    // Most ideas in the measured challenge; one in twenty hidden; folded tallies as the fold leaves them.
    await t.sql(
      `INSERT INTO idea (challenge_id, author_id, title, body, ts_config, upvotes, downvotes, visibility, created_at)
       SELECT CASE WHEN g % 6 = 0 THEN ($1::uuid[])[2 + g % 2] ELSE ($1::uuid[])[1] END,
              (SELECT id FROM app_user ORDER BY id OFFSET g % 500 LIMIT 1), 'Idea ' || g, 'Body ' || g, 'pollen_en', up, down,
              CASE WHEN g % 20 = 0 THEN 'HIDDEN' ELSE 'VISIBLE' END, now() - (random() * interval '300 days')
         FROM generate_series(1, $2) g, LATERAL (SELECT (power(random(), 3) * 300)::int AS up, (power(random(), 3) * 120)::int AS down) v`,
      [challenges.map((c: { id: string }) => c.id), IDEAS],
    );
    // The team's decisions: a few dozen ideas of the measured challenge.
    await t.sql(
      `UPDATE idea SET status = (ARRAY['SHORTLISTED', 'ADOPTED', 'REJECTED'])[1 + n % 3]
         FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM idea WHERE challenge_id = $1 AND visibility = 'VISIBLE' LIMIT ${DECIDED}) d
        WHERE idea.id = d.id`,
      [challengeId],
    );
    // Two ideas in three labelled (the trigger copies each score onto its idea).
    await t.sql(
      `INSERT INTO content_sentiment (target_kind, target_id, challenge_id, label, score, language, text_hash, content_created_at)
       SELECT 'IDEA', id, challenge_id, CASE WHEN s > 0 THEN 'POSITIVE' WHEN s < 0 THEN 'NEGATIVE' ELSE 'NEUTRAL' END, s, 'en', 'h', created_at
         FROM (SELECT id, challenge_id, created_at, round((random() * 2 - 1)::numeric, 2)::real AS s FROM idea WHERE abs(hashtext(id::text)) % 3 <> 0) x`,
    );
    await t.sql(`ANALYZE`);
    const explaining = {
      query: async (sql: string, params: unknown[]) => {
        const [row] = await t.sql(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        return [row['QUERY PLAN'][0]];
      },
    } as unknown as Db;
    plans = new IdeasRepository(explaining);
    rows = new IdeasRepository({ query: (sql: string, params: unknown[]) => t.sql(sql, params) } as unknown as Db);
  }, 300_000);
  afterAll(() => t?.close());

  it('keeps each idea’s sentiment score equal to its label, through inserts, relabels and deletions', async () => {
    const [one] = await t.sql(`SELECT target_id AS id, score FROM content_sentiment WHERE target_kind = 'IDEA' LIMIT 1`);
    const scoreOf = async () => (await t.sql(`SELECT sentiment_score AS s FROM idea WHERE id = $1`, [one.id]))[0].s;
    expect(await scoreOf()).toBe(one.score);
    await t.sql(`UPDATE content_sentiment SET score = -0.75, label = 'NEGATIVE' WHERE target_kind = 'IDEA' AND target_id = $1`, [one.id]);
    expect(await scoreOf()).toBe(-0.75);
    await t.sql(`DELETE FROM content_sentiment WHERE target_kind = 'IDEA' AND target_id = $1`, [one.id]);
    expect(await scoreOf()).toBeNull();
    const [{ n }] = await t.sql(
      `SELECT count(*)::int AS n FROM idea i LEFT JOIN content_sentiment s ON s.target_kind = 'IDEA' AND s.target_id = i.id WHERE i.sentiment_score IS DISTINCT FROM s.score`,
    );
    expect(n).toBe(0);
  });

  it.each([
    [ReviewOrder.SCORE, 'idea_top_idx'],
    [ReviewOrder.DIVISIVENESS, 'idea_review_divisive_idx'],
    [ReviewOrder.MOST_POSITIVE, 'idea_review_positive_idx'],
    [ReviewOrder.MOST_NEGATIVE, 'idea_review_negative_idx'],
  ])('reads a %s page from %s, first and deep in the board, a page of rows each', async (order, index) => {
    // A cursor 2,000 ideas down the board, as the real rows give it.
    const walk = await rows.reviewBoard({ challengeId, order, status: null, after: null, limit: 2_000 });
    const last = walk[walk.length - 1];
    const deep: [string | number, string | number, string] = [
      Number(last.reviewKeys[0]),
      order === ReviewOrder.SCORE ? last.reviewKeys[1] : Number(last.reviewKeys[1]),
      last.id,
    ];
    for (const after of [null, deep]) {
      const [plan] = (await plans.reviewBoard({ challengeId, order, status: null, after, limit: PAGE })) as unknown as Array<{ Plan: PlanNode }>;
      const all = nodes(plan.Plan);
      expect(all.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'idea')).toEqual([]);
      expect(all.filter((node) => node['Node Type'] === 'Sort')).toEqual([]);
      const scan = all.find((node) => node['Index Name'] === index);
      expect(scan).toBeDefined();
      // The index yields the page and no more (hidden ideas of the measured challenge are not in its partial indexes; TOP's index skips them by filter).
      expect(scan!['Actual Rows']).toBeLessThanOrEqual(order === ReviewOrder.SCORE ? PAGE * 2 : PAGE);
    }
    // And the page after the cursor continues the walk exactly.
    const next = await rows.reviewBoard({ challengeId, order, status: null, after: deep, limit: 5 });
    const more = await rows.reviewBoard({ challengeId, order, status: null, after: null, limit: 2_005 });
    expect(next.map((row) => row.id)).toEqual(more.slice(2_000).map((row) => row.id));
  });

  it('reads a decision’s ideas from their own index, not down the board: SHORTLISTED costs the decided ideas, OPEN a page', async () => {
    const decided = await t.sql(`SELECT id, status FROM idea WHERE challenge_id = $1 AND visibility = 'VISIBLE' AND status <> 'OPEN'`, [challengeId]);
    expect(decided).toHaveLength(DECIDED);
    for (const order of [ReviewOrder.SCORE, ReviewOrder.DIVISIVENESS]) {
      const [plan] = (await plans.reviewBoard({ challengeId, order, status: IdeaStatus.SHORTLISTED, after: null, limit: PAGE })) as unknown as Array<{ Plan: PlanNode }>;
      const all = nodes(plan.Plan);
      expect(all.filter((node) => node['Node Type'] === 'Seq Scan' && node['Relation Name'] === 'idea')).toEqual([]);
      // Every index read yields at most the challenge's decided ideas, whatever the board's size.
      for (const scan of all.filter((node) => node['Index Name']?.startsWith('idea_'))) expect(scan['Actual Rows']).toBeLessThanOrEqual(DECIDED);
      expect(all.some((node) => node['Index Name'] === 'idea_decided_idx')).toBe(true);
      // The same rows, in the board's order, as the unfiltered board filtered by hand.
      const page = await rows.reviewBoard({ challengeId, order, status: IdeaStatus.SHORTLISTED, after: null, limit: 50 });
      const board = await rows.reviewBoard({ challengeId, order, status: null, after: null, limit: 60_000 });
      expect(page.map((row) => row.id)).toEqual(board.filter((row) => row.status === IdeaStatus.SHORTLISTED).map((row) => row.id));
      expect(page).toHaveLength(DECIDED / 3);
    }
    const [open] = (await plans.reviewBoard({ challengeId, order: ReviewOrder.DIVISIVENESS, status: IdeaStatus.OPEN, after: null, limit: PAGE })) as unknown as Array<{ Plan: PlanNode }>;
    const scan = nodes(open.Plan).find((node) => node['Index Name'] === 'idea_review_divisive_idx');
    expect(scan).toBeDefined();
    expect(scan!['Actual Rows']).toBeLessThanOrEqual(PAGE * 2);
  });
});
