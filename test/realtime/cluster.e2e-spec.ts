import { Client } from 'pg';
import { OutboxRelay } from '@pollen/realtime';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, propose, vote } from '../support/co-creation';
import { connected, join, record, until } from '../support/sockets';

// Two API instances sharing one database and one Redis form one realtime surface, with exactly
// one outbox relay at a time. Skipped (the global setup says so) when Redis is not reachable.
const REDIS_URL = process.env.POLLEN_TEST_REDIS_URL;
const describeWithRedis = REDIS_URL ? describe : describe.skip;

describeWithRedis('two instances behind one database and Redis', () => {
  let a: TestApp;
  let b: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    a = await createTestApp({ env: { REDIS_URL: REDIS_URL! } });
    b = await createTestApp({ env: { REDIS_URL: REDIS_URL! }, sameDatabaseAs: a });
    ({ owner, ana, ben, orgId } = await cast(a));
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const leaders = () => [a, b].filter((app) => app.app.get(OutboxRelay).isLeader);

  it('delivers an event written through A to a client of the instance that does not relay, once and in order', async () => {
    await until([], () => leaders().length === 1, 5_000).catch(() => undefined);
    expect(leaders()).toHaveLength(1);
    const challengeId = await challenge(a, owner, orgId, 'IDEATION');
    // The relay's instance hands each broadcast to the others through Redis: follow the other one.
    const client = (leaders()[0] === a ? b : a).socket(ben.token);
    await connected(client);
    const received = record(client);
    await join(client, { challengeId });
    const ideas = [];
    for (let i = 0; i < 5; i++) ideas.push(await propose(a, ana, challengeId, { title: `Cluster idea ${i}` }));
    await vote(a, ben, ideas[0], 'UP');
    await until(received, (events) => events.filter((e) => e.type === 'idea.created').length === 5 && events.some((e) => e.type === 'idea.voted'));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const created = received.filter((e) => e.type === 'idea.created');
    expect(created.map((e) => e.data.ideaId)).toEqual(ideas);
    expect(new Set(received.map((e) => e.id)).size).toBe(received.length);
    const sequences = created.map((e) => e.sequence);
    expect(sequences).toEqual([...sequences].sort((x, y) => x - y));
    expect(received.filter((e) => e.type === 'idea.voted').pop()!.data).toMatchObject({ ideaId: ideas[0], upvotes: 1 });
  });

  it('keeps publishing when the relay holder dies', async () => {
    const challengeId = await challenge(a, owner, orgId, 'IDEATION');
    const client = b.socket(ben.token);
    await connected(client);
    const received = record(client);
    await join(client, { challengeId });
    // Kill the holder's relay session, as if its process had died: its advisory lock goes with it.
    const admin = new Client({ connectionString: a.databaseUrl });
    await admin.connect();
    await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'pollen-relay' AND datname = current_database()`);
    await admin.end();
    const started = Date.now();
    const ideaId = await propose(a, ana, challengeId, { title: 'After the fail-over' });
    await until(received, (events) => events.some((e) => e.data.ideaId === ideaId), 10_000);
    console.log(`fail-over: event delivered ${Date.now() - started} ms after the relay holder died`);
    expect(leaders()).toHaveLength(1);
  });

  it('stopping one instance disconnects its own clients only', async () => {
    const challengeId = await challenge(a, owner, orgId, 'IDEATION');
    const client = b.socket(ben.token);
    await connected(client);
    const received = record(client);
    await join(client, { challengeId });
    const leaving = await createTestApp({ env: { REDIS_URL: REDIS_URL!, POLLEN_RELAY: 'false' }, sameDatabaseAs: a });
    await leaving.close();
    // A request to disconnect everyone would have crossed Redis by now.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(client.connected).toBe(true);
    const ideaId = await propose(a, ana, challengeId, { title: 'Still here' });
    await until(received, (events) => events.some((e) => e.data.ideaId === ideaId));
  });
});
