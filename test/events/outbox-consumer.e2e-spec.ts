import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { OutboxConsumerJob, OutboxConsumerOptions, OutboxConsumerRepository, OutboxConsumerRuntime, OutboxEvent } from '@pollen/events';
import { createTestApp, TestApp } from '../setup/test-app';
import { withDatabase } from '../setup/global-setup';
import { Person, cast, challenge, propose } from '../support/co-creation';

/** A consumer as a domain library writes one: its effects are rows written in the batch's transaction. */
class ProbeConsumer extends OutboxConsumerJob {
  poison: string | null = null;

  constructor(runtime: OutboxConsumerRuntime, options: Partial<OutboxConsumerOptions> = {}) {
    super(runtime, { name: 'probe', types: ['idea.created'], ...options });
  }

  protected async handle(events: OutboxEvent[]): Promise<void> {
    const db = this.runtime.db;
    for (const event of events) {
      if (this.poison && event.payload.title === this.poison) throw new Error('this event cannot be handled');
      // The primary key makes a second handling of one event fail loudly (a recorded failure).
      await db.query(`INSERT INTO consumer_probe (event_id, consumer, title) VALUES ($1, $2, $3)`, [event.id, this.options.name, event.payload.title ?? null]);
    }
  }
}

/** An outbox write from a transaction of its own, held open as long as the test wants. */
async function openWriter(t: TestApp): Promise<{ client: Client; xid: () => Promise<void>; insert: (title: string) => Promise<void>; commit: () => Promise<void> }> {
  const client = new Client({ connectionString: t.databaseUrl });
  await client.connect();
  await client.query('BEGIN');
  return {
    client,
    xid: async () => void (await client.query('SELECT pg_current_xact_id()')),
    insert: async (title) =>
      void (await client.query(
        `INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload) VALUES ('idea.created', NULL, gen_random_uuid(), NULL, $1::jsonb)`,
        [JSON.stringify({ title })],
      )),
    commit: async () => {
      await client.query('COMMIT');
      await client.end();
    },
  };
}

describe('the durable outbox consumer', () => {
  let t: TestApp;
  let ana: Person;
  let challengeId: string;
  let runtime: OutboxConsumerRuntime;
  const probes = (consumer = 'probe') => t.sql(`SELECT title FROM consumer_probe WHERE consumer = $1 ORDER BY title`, [consumer]).then((rows) => rows.map((r) => r.title as string));

  beforeAll(async () => {
    // The application's own consumers stay off (their events would move these figures); the probes are run by hand.
    t = await createTestApp({ env: { POLLEN_CONSUMERS: 'false', OUTBOX_CONSUMER_POLL_MS: '600000' } });
    runtime = t.app.get(OutboxConsumerRuntime);
    await t.sql(`CREATE TABLE consumer_probe (event_id uuid NOT NULL, consumer text NOT NULL, title text, PRIMARY KEY (consumer, event_id))`);
    let owner: Person;
    let orgId: string;
    ({ owner, ana, orgId } = await cast(t));
    challengeId = await challenge(t, owner, orgId, 'IDEATION');
  });
  afterAll(() => t.close());

  it('handles each event once, whatever the number of passes, and keeps its checkpoint in the database', async () => {
    const consumer = new ProbeConsumer(runtime, { name: 'once', batchSize: 2 });
    for (const title of ['alpha', 'bravo', 'charlie']) await propose(t, ana, challengeId, { title });
    expect(await consumer.consumeNow()).toBeGreaterThanOrEqual(3);
    await consumer.consumeNow();
    expect(await probes('once')).toEqual(['alpha', 'bravo', 'charlie']);

    // A new instance of the consumer (a restart) resumes from the checkpoint: nothing again, the new event only.
    await propose(t, ana, challengeId, { title: 'delta' });
    const restarted = new ProbeConsumer(runtime, { name: 'once', batchSize: 2 });
    await restarted.consumeNow();
    expect(await probes('once')).toEqual(['alpha', 'bravo', 'charlie', 'delta']);
    const [row] = await t.sql(`SELECT events_handled::int AS handled, events_seen::int AS seen FROM outbox_consumer WHERE name = 'once'`);
    expect(row.handled).toBe(4);
    const [{ total }] = await t.sql(`SELECT count(*)::int AS total FROM domain_event`);
    expect(row.seen).toBe(total); // other types moved the cursor without being handed over
    expect(await t.sql(`SELECT * FROM outbox_consumer_failure`)).toEqual([]);
  });

  it('never reads past a transaction still running, so a late commit with a lower position is not skipped', async () => {
    const consumer = new ProbeConsumer(runtime, { name: 'order' });
    await consumer.consumeNow();
    const before = (await probes('order')).length;
    // The writer takes its transaction id first, then others commit, then it inserts: its event has
    // the lowest transaction id and the highest position, and becomes visible last.
    const late = await openWriter(t);
    await late.xid();
    await propose(t, ana, challengeId, { title: 'committed meanwhile' });
    await consumer.consumeNow();
    expect((await probes('order')).length).toBe(before); // held back behind the open transaction
    await late.insert('late writer');
    await late.commit();
    await consumer.consumeNow();
    const titles = await probes('order');
    expect(titles).toEqual(expect.arrayContaining(['late writer', 'committed meanwhile']));
    expect(titles.length).toBe(before + 2);
  });

  it('is not stalled by a long transaction of another database', async () => {
    const other = `pollen_t_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: process.env.POLLEN_TEST_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${other}"`);
    const foreign = new Client({ connectionString: withDatabase(process.env.POLLEN_TEST_ADMIN_URL!, other) });
    await foreign.connect();
    try {
      await foreign.query('BEGIN');
      await foreign.query('CREATE TABLE held (id int)'); // holds a transaction id until the end of the test
      const consumer = new ProbeConsumer(runtime, { name: 'foreign' });
      await propose(t, ana, challengeId, { title: 'next to a foreign transaction' });
      await consumer.consumeNow();
      expect(await probes('foreign')).toContain('next to a foreign transaction');
    } finally {
      await foreign.end();
      await admin.query(`DROP DATABASE IF EXISTS "${other}" WITH (FORCE)`);
      await admin.end();
    }
  });

  it('runs one batch at a time per database: two instances racing handle each event once', async () => {
    const a = new ProbeConsumer(runtime, { name: 'race', batchSize: 1 });
    const b = new ProbeConsumer(runtime, { name: 'race', batchSize: 1 });
    for (let i = 0; i < 6; i++) await propose(t, ana, challengeId, { title: `race ${i}` });
    await Promise.all([a.consumeNow(), b.consumeNow(), a.consumeNow(), b.consumeNow()]);
    await a.consumeNow();
    const titles = (await probes('race')).filter((title) => title.startsWith('race '));
    expect(titles).toEqual(['race 0', 'race 1', 'race 2', 'race 3', 'race 4', 'race 5']);
    expect(await t.sql(`SELECT * FROM outbox_consumer_failure WHERE consumer = 'race'`)).toEqual([]);
  });

  it('skips an event that fails on its own, records why, and handles the rest of its batch', async () => {
    const consumer = new ProbeConsumer(runtime, { name: 'poison' });
    await consumer.consumeNow();
    consumer.poison = 'poisoned';
    for (const title of ['before poison', 'poisoned', 'after poison']) await propose(t, ana, challengeId, { title });
    await consumer.consumeNow();
    const titles = await probes('poison');
    expect(titles).toEqual(expect.arrayContaining(['before poison', 'after poison']));
    expect(titles).not.toContain('poisoned');
    const failures = await t.sql(
      `SELECT f.error, e.payload->>'title' AS title FROM outbox_consumer_failure f JOIN domain_event e ON e.position = f.event_position WHERE f.consumer = 'poison'`,
    );
    expect(failures).toEqual([{ error: 'this event cannot be handled', title: 'poisoned' }]);
  });

  it('reports its lag, and a consumer started "now" does not read the past', async () => {
    const consumer = new ProbeConsumer(runtime, { name: 'lag' });
    await consumer.consumeNow();
    await propose(t, ana, challengeId, { title: 'waiting' });
    const repository = t.app.get(OutboxConsumerRepository);
    const lagging = (await repository.status()).find((s) => s.name === 'lag')!;
    expect(lagging.pending).toBeGreaterThanOrEqual(1);
    expect(lagging.lagSeconds).toBeGreaterThanOrEqual(0);
    await consumer.consumeNow();
    const caughtUp = (await repository.status()).find((s) => s.name === 'lag')!;
    expect(caughtUp).toMatchObject({ pending: 0, lagSeconds: 0 });

    const fresh = new ProbeConsumer(runtime, { name: 'from-now', start: 'now' });
    await fresh.consumeNow();
    expect(await probes('from-now')).toEqual([]);
    await propose(t, ana, challengeId, { title: 'after the start' });
    await fresh.consumeNow();
    expect(await probes('from-now')).toEqual(['after the start']);
  });

  it('is woken by the outbox notification, without waiting for its poll', async () => {
    // Poll slowly (600 s): a consumer that reacts within seconds was woken by the outbox notification.
    const enabled = { ...runtime, config: { ...runtime.config, consumers: 'all' } } as OutboxConsumerRuntime;
    const consumer = new ProbeConsumer(enabled, { name: 'woken' });
    await consumer.consumeNow();
    consumer.onApplicationBootstrap();
    try {
      await propose(t, ana, challengeId, { title: 'wake up' });
      const deadline = Date.now() + 10_000;
      while (!(await probes('woken')).includes('wake up') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await probes('woken')).toContain('wake up');
    } finally {
      await consumer.onModuleDestroy();
    }
  });

  it('reads the outbox through its (tx_id, position) index', async () => {
    // The test's outbox is small enough for a scan to win; the plan with scans priced out shows the index serves the order.
    const client = new Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('SET enable_seqscan = off; SET enable_bitmapscan = off');
      const { rows } = await client.query(`EXPLAIN SELECT position FROM domain_event e WHERE (e.tx_id, e.position) > ('0'::xid8, 0) ORDER BY e.tx_id, e.position LIMIT 500`);
      const plan = rows.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n');
      expect(plan).toMatch(/Index (Only )?Scan using domain_event_commit_order_idx/);
      expect(plan).not.toContain('Sort');
    } finally {
      await client.end();
    }
  });
});
