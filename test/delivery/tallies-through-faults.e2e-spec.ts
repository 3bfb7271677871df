import { Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { freePort } from '../setup/free-port';
import { Person, cast, challenge, person, propose, vote } from '../support/co-creation';
import { catchUp, expectInOrderOnce, follow, pause, tallyOf } from '../support/delivery';
import { ApiProcess, RedisProcess, hasRedisServer, startApiProcess } from '../support/processes';
import { until } from '../support/sockets';

// Issue 17, cases 1 and 2: tallies waiting in the relay when its instance is killed (-9) or
// stopped (SIGTERM). Two API processes on one database and a private Redis; a hot idea's tally
// is held back (TALLY_INTERVAL_MS is long here, so it surely waits) when the fault comes. The
// other instance's clients end with the exact tally, every event once and in sequence, and
// catching up gives the same.
const runnable = hasRedisServer();
if (!runnable) console.warn('redis-server is not installed here: the tally fault spec is skipped.');

(runnable ? describe : describe.skip)('vote tallies through a crash and a stop of the relay', () => {
  let home: TestApp;
  let redis: RedisProcess;
  const apis: ApiProcess[] = [];
  const sockets: Socket[] = [];
  let owner: Person;
  let ana: Person;
  let orgId: string;
  let voters: Person[];
  let env: Record<string, string>;

  beforeAll(async () => {
    home = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    ({ owner, ana, orgId } = await cast(home));
    voters = [];
    for (let i = 0; i < 6; i++) voters.push(await person(home));
    redis = new RedisProcess(await freePort());
    await redis.start();
    env = { DATABASE_URL: home.databaseUrl, REDIS_URL: redis.url, LOG_LEVEL: 'log', TALLY_INTERVAL_MS: '4000' };
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    for (const api of apis) await api.kill();
    await redis?.stop();
    await home?.close();
  });

  const start = async (): Promise<ApiProcess> => {
    const api = await startApiProcess(env);
    apis.push(api);
    return api;
  };
  const relaying = (api: ApiProcess) => api.output().includes('this instance now relays the outbox');
  const held = async (ideaId: string) => (await home.sql(`SELECT count(*)::int AS n FROM pending_tally WHERE idea_id = $1`, [ideaId]))[0].n;
  const upvotes = async (ideaId: string) => (await home.sql(`SELECT count(*)::int AS n FROM vote WHERE idea_id = $1 AND value = 1`, [ideaId]))[0].n;

  /** Votes on a hot idea: the first tally goes out at once, the next ones are held for the window. */
  const hotVotes = async (api: ApiProcess, ideaId: string, from: number, to: number) => {
    for (let i = from; i < to; i++) expect((await vote(api, voters[i], ideaId, 'UP')).errors).toBeUndefined();
  };

  it('kill -9 of the relay with tallies held: the instance taking over sends them', async () => {
    const victim = await start();
    await until([], () => relaying(victim), 30_000);
    const survivor = await start();
    const challengeId = await challenge(home, owner, orgId, 'IDEATION');
    const atSurvivor = await follow(survivor, ana.token, challengeId, sockets);
    const ideaId = await propose(survivor, ana, challengeId, { title: 'Hot before the crash' });
    await until(atSurvivor, (events) => events.some((e) => e.type === 'idea.created'), 20_000);

    await hotVotes(survivor, ideaId, 0, 1);
    await until(atSurvivor, (events) => tallyOf(events, ideaId)?.upvotes === 1, 20_000);
    await hotVotes(survivor, ideaId, 1, 3);
    // Held back by the relay, and written down before the votes were marked relayed.
    const deadline = Date.now() + 10_000;
    while ((await held(ideaId)) === 0 && Date.now() < deadline) await pause(50);
    expect(await held(ideaId)).toBe(1);
    expect(tallyOf(atSurvivor, ideaId)?.upvotes).toBe(1);

    await victim.kill('SIGKILL');
    await until([], () => relaying(survivor), 30_000);
    await until(atSurvivor, (events) => tallyOf(events, ideaId)?.upvotes === 3, 20_000);
    expect(survivor.output()).toMatch(/held tallies taken over/);
    expect(await held(ideaId)).toBe(0);

    // A later event of the challenge comes after the tally, never before it.
    const later = await propose(survivor, ana, challengeId, { title: 'After the crash' });
    await until(atSurvivor, (events) => events.some((e) => e.data.ideaId === later));
    const applied = expectInOrderOnce(atSurvivor);
    const caughtUp = await catchUp(survivor, challengeId);
    expect(tallyOf(caughtUp, ideaId)).toEqual(tallyOf(atSurvivor, ideaId));
    expect(applied.map((e) => e.id)).toEqual(caughtUp.filter((e) => e.sequence >= atSurvivor[0].sequence).map((e) => e.id));
    expect(await upvotes(ideaId)).toBe(3);
  }, 240_000);

  it('SIGTERM of the relay with tallies held: it sends them on the way out', async () => {
    const relay = apis.find((api) => api.exited() === null && relaying(api));
    if (!relay) throw new Error('no relaying instance left by the previous case');
    const other = await start();
    const challengeId = await challenge(home, owner, orgId, 'IDEATION');
    const atOther = await follow(other, ana.token, challengeId, sockets);
    const ideaId = await propose(other, ana, challengeId, { title: 'Hot before the stop' });
    await hotVotes(other, ideaId, 0, 1);
    await until(atOther, (events) => tallyOf(events, ideaId)?.upvotes === 1, 20_000);
    await hotVotes(other, ideaId, 1, 4);
    const deadline = Date.now() + 10_000;
    while ((await held(ideaId)) === 0 && Date.now() < deadline) await pause(50);
    expect(await held(ideaId)).toBe(1);

    await relay.kill('SIGTERM');
    expect(relay.exited()).toBe('0');
    expect(relay.output()).toMatch(/relay handed over: [1-9]\d* held tallies sent on the way out/);
    // Through Redis, before the stopping instance let go of it: not the next relay's doing.
    await until(atOther, (events) => tallyOf(events, ideaId)?.upvotes === 4, 15_000);
    expect(await held(ideaId)).toBe(0);
    await until([], () => relaying(other), 30_000);
    expect(other.output()).not.toMatch(/held tallies taken over/);
    expectInOrderOnce(atOther);
    expect(tallyOf(await catchUp(other, challengeId), ideaId)).toMatchObject({ upvotes: 4, score: 4 });
  }, 240_000);
});
