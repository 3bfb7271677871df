import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { runMigrations } from '@pollen/database';
import { freePort } from '../setup/free-port';
import { withDatabase } from '../setup/global-setup';
import { ApiProcess, PostgresProcess, RedisProcess, hasRedisServer, startApiProcess } from '../support/processes';
import { Answer, Crowd, verify } from '../soak/crowd';

const PHASE_MS = 3_000;

/** Whether an answer's time span touches a window. */
const within = (answer: Answer, [from, to]: [number, number]) => answer.at <= to && answer.at + answer.ms >= from;

/**
 * The soak's fault cases in short (`npm run soak` has the long version): two API processes and a
 * crowd of participants on a PostgreSQL this spec owns (an embedded one: it is stopped and
 * started again here, never the machine's) and a Redis of its own. One instance is killed with
 * SIGKILL, then PostgreSQL restarts. Nothing acknowledged is lost, tallies and the ledger hold,
 * every client has every event, there is no error outside the fault windows, and during the
 * outage writes are refused with SERVICE_UNAVAILABLE and a retry delay.
 */
(hasRedisServer() ? describe : describe.skip)('faults under load, short: kill -9 of an instance, then a PostgreSQL restart', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pollen-faults-pg-'));
  let pg: PostgresProcess | null = null;
  let redis: RedisProcess;
  let databaseUrl: string;
  const apis: ApiProcess[] = [];
  let crowd: Crowd | null = null;

  beforeAll(async () => {
    pg = new PostgresProcess(dataDir, await freePort());
    await pg.start();
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query(`CREATE DATABASE pollen_faults`);
    await admin.end();
    databaseUrl = withDatabase(pg.url, 'pollen_faults');
    await runMigrations(databaseUrl);
    redis = new RedisProcess(await freePort());
    await redis.start();
  }, 120_000);
  afterAll(async () => {
    crowd?.close();
    for (const api of apis) await api.kill('SIGKILL');
    await redis?.stop();
    await pg?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loses nothing acknowledged and refuses writes clearly while PostgreSQL is away', async () => {
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: redis.url, RATE_LIMIT_SCALE: '100000', LOG_FORMAT: 'json', LOG_LEVEL: 'warn' };
    const start = () => startApiProcess(env).then((api) => (apis.push(api), api));
    const [a, b] = await Promise.all([start(), start()]);
    const setup = new Crowd([b.url], '');
    const register = async (n: number) => {
      const res = await setup.call(`mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }`, {
        i: { email: `fault-${n}-${Date.now()}@example.test`, password: `Pollinate-${n}-Fault!`, displayName: `Participant ${n}` },
      });
      expect(res.code).toBeNull();
      return { id: res.data.register.user.id as string, token: res.data.register.accessToken as string };
    };
    const owner = await register(0);
    const org = await setup.call(`mutation($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: 'Brand', slug: `faults-${Date.now()}` } }, owner.token);
    const created = await setup.call(
      `mutation($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`,
      { i: { organizationId: org.data.createOrganization.id, title: 'City car 2030', brief: 'Under fire', language: 'EN' } },
      owner.token,
    );
    const challengeId = created.data.createChallenge.id as string;
    expect((await setup.call(`mutation($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }`, { id: challengeId }, owner.token)).code).toBeNull();
    const accounts = [];
    for (let n = 1; n <= 12; n++) accounts.push(await register(n));

    crowd = new Crowd([a.url, b.url], challengeId, 10_000);
    await crowd.join(accounts.slice(0, 6), a.url);
    await crowd.join(accounts.slice(6), b.url);
    let stop = false;
    const load = crowd.run(6, () => stop, 20);

    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    // SIGKILL: the requests under way to it fail; the load balancer (here: the crowd) sends the rest to b.
    const killedAt = Date.now();
    await a.kill('SIGKILL');
    crowd.retarget([b.url]);
    await crowd.move(a.url, b.url);
    const killWindow: [number, number] = [killedAt, Date.now() + 1_000];
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));

    // PostgreSQL restarts (a fast shutdown, then a start on the same data).
    const pgDownAt = Date.now();
    await pg!.stop();
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    await pg!.start();
    const pgUpAt = Date.now();
    // The API recovers by itself: wait for the first acknowledged write after the start.
    const deadline = Date.now() + 30_000;
    while (!crowd.answers.some((answer) => answer.at > pgUpAt && answer.code === null && answer.op !== 'read')) {
      if (Date.now() > deadline) throw new Error('no write acknowledged within 30 s of PostgreSQL being back');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const pgWindow: [number, number] = [pgDownAt, Date.now() + 500];
    await new Promise((resolve) => setTimeout(resolve, PHASE_MS));
    stop = true;
    await load;
    await new Promise((resolve) => setTimeout(resolve, 1_500)); // the relay and the tally coalescer catch up

    const outside = crowd.answers.filter((answer) => !within(answer, killWindow) && !within(answer, pgWindow));
    expect(outside.length).toBeGreaterThan(20);
    expect(outside.filter((answer) => answer.code !== null).map((answer) => answer.code)).toEqual([]);
    const duringOutage = crowd.answers.filter((answer) => answer.at >= pgDownAt && answer.at + answer.ms <= pgUpAt && answer.code !== null);
    expect(duringOutage.length).toBeGreaterThan(0);
    for (const answer of duringOutage) expect({ code: answer.code, retry: (answer.retryAfter ?? 0) > 0 }).toEqual({ code: 'SERVICE_UNAVAILABLE', retry: true });
    const inWindows = crowd.answers.filter((answer) => answer.code !== null && (within(answer, killWindow) || within(answer, pgWindow)));
    expect(inWindows.filter((answer) => !['SERVICE_UNAVAILABLE', 'NETWORK'].includes(answer.code!))).toEqual([]);

    const verdict = await verify(crowd, databaseUrl);
    expect(verdict).toMatchObject({ missingIdeas: [], missingComments: [], wrongVotes: [], wrongTallies: [], clientsMissingEvents: [], staleTallies: 0 });
    expect(verdict.events).toBeGreaterThan(10);
    const ledger = await crowd.call(`query($c: ID!) { ledgerVerification(challengeId: $c) { ok entries problem { reason } } }`, { c: challengeId }, owner.token);
    expect(ledger).toMatchObject({ code: null, data: { ledgerVerification: { ok: true, problem: null } } });
  }, 300_000);
});
