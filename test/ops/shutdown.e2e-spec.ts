import { request } from 'node:http';
import { io, Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { cast, challenge, propose, Person } from '../support/co-creation';
import { ApiProcess, startApiProcess } from '../support/processes';
import { connected, join, record, until } from '../support/sockets';

/** A POST whose body is sent in two halves: the request is under way between them. */
function slowRequest(url: string, body: string): { finish(): void; response: Promise<{ status: number; text: string }> } {
  const { hostname, port } = new URL(url);
  let finish = () => undefined as void;
  const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request({ hostname, port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      let text = '';
      res.on('data', (chunk: Buffer) => (text += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
    });
    req.on('error', reject);
    const half = Math.floor(body.length / 2);
    req.write(body.slice(0, half));
    finish = () => void req.end(body.slice(half));
  });
  return { finish: () => finish(), response };
}

async function status(url: string): Promise<number> {
  return (await fetch(url).catch(() => ({ status: 0 }))).status;
}

/** SIGTERM against real API processes: readiness first, then requests finish, sockets move, the relay moves, all within the bound. */
describe('graceful shutdown on SIGTERM', () => {
  let owner: TestApp;
  let people: { owner: Person; ana: Person; orgId: string };
  const sockets: Socket[] = [];
  const processes: ApiProcess[] = [];

  beforeAll(async () => {
    owner = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    people = await cast(owner);
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    for (const api of processes) await api.kill('SIGKILL');
    await owner.close();
  });

  async function start(env: Record<string, string>): Promise<ApiProcess> {
    const api = await startApiProcess({ DATABASE_URL: owner.databaseUrl, LOG_LEVEL: 'log', LOG_FORMAT: 'json', ...env });
    processes.push(api);
    return api;
  }

  it('turns unready, finishes requests under way, moves sockets and the relay, and exits 0 within the grace period', async () => {
    const leaving = await start({ SHUTDOWN_DRAIN_MS: '1500', SHUTDOWN_GRACE_MS: '10000' });
    await new Promise((resolve) => setTimeout(resolve, 300)); // the first instance takes the relay
    const staying = await start({});
    const challengeId = await challenge(leaving, people.owner, people.orgId);

    const socket = io(leaving.url, { auth: { token: people.ana.token }, transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(socket);
    await connected(socket);
    const reason = new Promise<string>((resolve) => socket.once('disconnect', (why) => resolve(why)));

    const inFlight = slowRequest(leaving.url, JSON.stringify({ query: `{ challenges(first: 1) { edges { node { id title } } } }` }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sentAt = Date.now();
    leaving.signal('SIGTERM');

    // Draining: readiness says no at once, liveness still yes, and the instance still serves.
    const deadline = Date.now() + 1_000;
    while ((await status(`${leaving.url}/health/ready`)) !== 503) {
      if (Date.now() > deadline) throw new Error('readiness did not turn false');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await status(`${leaving.url}/health/live`)).toBe(200);
    const during = await fetch(`${leaving.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ challenges(first: 1) { edges { cursor } } }' }) });
    expect(during.status).toBe(200);
    expect(during.headers.get('connection')).toBe('close');

    // The request under way is answered in full once its body arrives, after the drain period.
    await new Promise((resolve) => setTimeout(resolve, 1_600));
    inFlight.finish();
    const answer = await inFlight.response;
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text).data.challenges.edges[0].node.id).toBe(challengeId);

    // Sockets are closed as "going away": socket.io-client treats it as a transport close and reconnects.
    expect(await reason).toBe('transport close');
    await leaving.ended;
    expect(leaving.exited()).toBe('0');
    expect(Date.now() - sentAt).toBeLessThan(10_000);
    expect(leaving.output()).toMatch(/"msg":"stopped"/);
    expect(await status(`${leaving.url}/health/live`)).toBe(0); // nothing listens any more

    // The relay's lock was released: the other instance relays, and its clients get what is written.
    const follower = io(staying.url, { auth: { token: people.ana.token }, transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(follower);
    await connected(follower);
    const received = record(follower);
    expect((await join(follower, { challengeId })).ok).toBe(true);
    await propose(staying, people.ana, challengeId, { title: 'After the move' });
    await until(received, (events) => events.some((e) => e.type === 'idea.created' && e.data.title === 'After the move'));
    expect(staying.output()).toMatch(/this instance now relays the outbox/);
  }, 180_000);

  it('exits 1 when the grace period runs out, cutting what is left', async () => {
    const stuck = await start({ SHUTDOWN_GRACE_MS: '1000' });
    const hanging = slowRequest(stuck.url, JSON.stringify({ query: '{ challenges(first: 1) { edges { cursor } } }' }));
    hanging.response.catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const sentAt = Date.now();
    stuck.signal('SIGTERM');
    await stuck.ended;
    expect(stuck.exited()).toBe('1');
    expect(Date.now() - sentAt).toBeLessThan(5_000);
    expect(stuck.output()).toMatch(/shutdown took longer than SHUTDOWN_GRACE_MS \(1000 ms\), while finishing the requests under way \(1\)/);
  }, 120_000);
});
