import { randomUUID } from 'node:crypto';
import { connect } from 'node:net';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge } from '../support/co-creation';
import { pause } from '../support/delivery';
import { keyed } from '../support/keyed';
import { ApiProcess, startApiProcess } from '../support/processes';

const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id title } }`;

// Issue 17, case 5: a request cut by a crash or a stop sometimes committed without an answer,
// and a client that retried created a second idea. Two API processes on one database: the
// answer is cut (the client's connection dropped as soon as the request is sent, and the
// instance killed -9 just after), and the client retries on the other instance.
describe('a cut answer, retried', () => {
  let home: TestApp;
  let a: ApiProcess | null = null;
  let b: ApiProcess;
  let owner: Person;
  let ana: Person;
  let challengeId: string;

  beforeAll(async () => {
    home = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    let orgId: string;
    ({ owner, ana, orgId } = await cast(home));
    challengeId = await challenge(home, owner, orgId, 'IDEATION');
    b = await startApiProcess({ DATABASE_URL: home.databaseUrl, POLLEN_RELAY: 'false' });
  }, 120_000);
  afterAll(async () => {
    await a?.kill();
    await b?.kill();
    await home?.close();
  });

  const input = (title: string) => ({ input: { challengeId, title, body: 'Cut short.', tags: [], buildsOn: [] } });
  const ideas = async (title: string) => home.sql(`SELECT id FROM idea WHERE title = $1`, [title]);

  /** Sends the request and drops the connection at once: whatever the server does, its answer is lost. */
  const sendAndCut = (url: string, title: string, key?: string) =>
    new Promise<void>((resolve, reject) => {
      const { hostname, port } = new URL(url);
      const body = JSON.stringify({ query: PROPOSE, variables: input(title) });
      const socket = connect(Number(port), hostname, () => {
        socket.end(
          [
            'POST /graphql HTTP/1.1',
            `Host: ${hostname}:${port}`,
            'Content-Type: application/json',
            `Authorization: Bearer ${ana.token}`,
            ...(key ? [`Idempotency-Key: ${key}`] : []),
            `Content-Length: ${Buffer.byteLength(body)}`,
            '',
            body,
          ].join('\r\n'),
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.once('error', reject);
    });

  const committed = async (title: string) => {
    const deadline = Date.now() + 10_000;
    while ((await ideas(title)).length === 0) {
      if (Date.now() > deadline) throw new Error(`"${title}" never committed`);
      await pause(20);
    }
  };

  it('without a key, the retry of a cut answer duplicates (why the key exists)', async () => {
    await sendAndCut(b.url, 'Cut, no key');
    await committed('Cut, no key');
    expect((await keyed(b.url, PROPOSE, input('Cut, no key'), { token: ana.token })).body.errors).toBeUndefined();
    expect(await ideas('Cut, no key')).toHaveLength(2);
  });

  it('with a key, the retry on another instance gets the answer that was cut, and writes nothing', async () => {
    a = await startApiProcess({ DATABASE_URL: home.databaseUrl, POLLEN_RELAY: 'false' });
    const key = randomUUID();
    await sendAndCut(a.url, 'Cut, keyed', key);
    await committed('Cut, keyed');
    await a.kill('SIGKILL');
    const retry = await keyed(b.url, PROPOSE, input('Cut, keyed'), { token: ana.token, key });
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    const rows = await ideas('Cut, keyed');
    expect(rows).toHaveLength(1);
    expect(retry.body.data.proposeIdea).toEqual({ id: rows[0].id, title: 'Cut, keyed' });
    const events = await home.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'idea.created' AND aggregate_id = $1`, [rows[0].id]);
    expect(events[0].n).toBe(1);
  }, 120_000);

  it('killed -9 mid-request: the retry applies it exactly once, whether the first had committed or not', async () => {
    for (let round = 0; round < 3; round++) {
      a = await startApiProcess({ DATABASE_URL: home.databaseUrl, POLLEN_RELAY: 'false' });
      const key = randomUUID();
      const title = `Killed mid-request ${round}`;
      await sendAndCut(a.url, title, key);
      await pause(round * 15); // before, around and after the commit
      await a.kill('SIGKILL');
      let retry = await keyed(b.url, PROPOSE, input(title), { token: ana.token, key });
      // The killed instance's transaction may still hold the key until PostgreSQL sees its session end.
      for (let i = 0; retry.body.errors?.[0]?.extensions?.code === 'IDEMPOTENCY_KEY_IN_USE' && i < 5; i++) {
        retry = await keyed(b.url, PROPOSE, input(title), { token: ana.token, key });
      }
      expect(retry.body.errors).toBeUndefined();
      const rows = await ideas(title);
      expect(rows).toHaveLength(1);
      expect(retry.body.data.proposeIdea.id).toBe(rows[0].id);
      expect((await keyed(b.url, PROPOSE, input(title), { token: ana.token, key })).body).toEqual(retry.body);
    }
  }, 300_000);
});
