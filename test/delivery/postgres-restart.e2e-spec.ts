import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { io, Socket } from 'socket.io-client';
import { freePort } from '../setup/free-port';
import { Person, brand, challenge, propose } from '../support/co-creation';
import { catchUp, expectInOrderOnce, follow, pause } from '../support/delivery';
import { keyed } from '../support/keyed';
import { ApiProcess, PostgresProcess, RedisProcess, hasRedisServer, startApiProcess } from '../support/processes';
import { join as joinRoom, until } from '../support/sockets';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const COMMENT = `mutation($input: AddCommentInput!) { addComment(input: $input) { id } }`;
const VOTE = `mutation($id: ID!) { castVote(ideaId: $id, value: UP) { upvotes } }`;
const PROPOSE = `mutation($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`;

// Issue 17, case 4: during a PostgreSQL restart, writes answered INTERNAL_SERVER_ERROR and
// addComment answered NOT_FOUND for an idea that exists. Two API processes on a PostgreSQL of
// this spec's own (embedded, in a child process) and a private Redis; the database is stopped
// and started again. Meanwhile every request answers SERVICE_UNAVAILABLE with when to retry
// (GraphQL and socket joins alike); after it, the same requests retried with their
// Idempotency-Key each apply once, both instances recover by themselves, and their clients get
// every event in sequence.
const runnable = hasRedisServer();
if (!runnable) console.warn('redis-server is not installed here: the PostgreSQL restart spec is skipped.');

(runnable ? describe : describe.skip)('a PostgreSQL restart under two instances', () => {
  let dataDir: string;
  let postgres: PostgresProcess;
  let redis: RedisProcess;
  let a: ApiProcess;
  let b: ApiProcess;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'pollen-pg-restart-'));
    postgres = new PostgresProcess(dataDir, await freePort());
    await postgres.start();
    redis = new RedisProcess(await freePort());
    await redis.start();
    const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, LOG_LEVEL: 'log' };
    a = await startApiProcess(env);
    await until([], () => a.output().includes('this instance now relays the outbox'), 30_000);
    b = await startApiProcess(env);
  }, 240_000);
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await b?.kill();
    await a?.kill();
    await redis?.stop();
    await postgres?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  const register = async (name: string): Promise<Person> => {
    const res = await send(a, undefined, graphql(`mutation PostgresRestartRegister($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }`), {
      input: { email: `${name}-${randomUUID()}@example.test`, password: 'Correct-Horse-42', displayName: name },
    });
    expect(res.errors).toBeUndefined();
    return { token: res.data.register.accessToken, id: res.data.register.user.id, email: '' };
  };

  it('answers SERVICE_UNAVAILABLE while it is away, applies each retried write once after, and delivers in order', async () => {
    const [owner, ana, ben] = [await register('owner'), await register('ana'), await register('ben')];
    const orgId = await brand(a, owner);
    const challengeId = await challenge(a, owner, orgId, 'IDEATION');
    const atB = await follow(b, ben.token, challengeId, sockets);
    const ideaId = await propose(a, ana, challengeId, { title: 'Exists all along' });
    await until(atB, (events) => events.some((e) => e.data.ideaId === ideaId), 20_000);

    await postgres.stop();
    const writes = [
      { api: b, query: COMMENT, variables: { input: { ideaId, body: 'Written during the restart' } }, token: ben.token, key: randomUUID() },
      { api: a, query: VOTE, variables: { id: ideaId }, token: ben.token, key: randomUUID() },
      { api: b, query: PROPOSE, variables: { input: { challengeId, title: 'Proposed during the restart', body: 'x', tags: [], buildsOn: [] } }, token: ana.token, key: randomUUID() },
    ];
    for (const write of writes) {
      const answer = await keyed(write.api.url, write.query, write.variables, write);
      expect(answer.body.errors?.[0]?.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) });
      expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
    }
    const read = await keyed(a.url, `query($c: ID!) { ideas(challengeId: $c) { edges { node { id } } } }`, { c: challengeId }, { token: ana.token });
    expect(read.body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
    // A socket needs the database too: its handshake checks the session (unless a check younger
    // than the session cache vouches for it), and a join checks visibility. Either way the same
    // answer, not UNAUTHENTICATED nor NOT_FOUND.
    const socket = io(b.url, { auth: { token: ana.token }, transports: ['websocket'], forceNew: true, reconnection: false });
    sockets.push(socket);
    const handshake = await new Promise<{ code: string; retryAfterSeconds?: number } | null>((resolve) => {
      socket.once('connect', () => resolve(null));
      socket.once('connect_error', (error: Error & { data?: { code: string; retryAfterSeconds?: number } }) => resolve(error.data ?? { code: error.message }));
    });
    const refused = handshake ?? (await joinRoom(socket, { ideaId })).error;
    expect(refused).toEqual(expect.objectContaining({ code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: expect.any(Number) }));

    await pause(1_000);
    await postgres.start();
    // A client retries with the same keys, as retryAfterSeconds says, until each is applied.
    const applied: unknown[] = [];
    for (const write of writes) {
      for (let attempt = 0; ; attempt++) {
        const answer = await keyed(write.api.url, write.query, write.variables, write);
        const code = answer.body.errors?.[0]?.extensions?.code;
        if (code !== 'SERVICE_UNAVAILABLE') {
          expect(answer.body.errors).toBeUndefined();
          applied.push(answer.body.data);
          break;
        }
        if (attempt > 30) throw new Error('still unavailable 30 retries after the restart');
        await pause(answer.body.errors[0].extensions.retryAfterSeconds * 500);
      }
      // And once more: the first answer again, nothing written twice.
      const again = await keyed(write.api.url, write.query, write.variables, write);
      expect(again.headers.get('idempotent-replayed')).toBe('true');
      expect(again.body.data).toEqual(applied[applied.length - 1]);
    }
    const db = new Client({ connectionString: postgres.url });
    await db.connect();
    try {
      const counts = await db.query(
        `SELECT (SELECT count(*)::int FROM comment WHERE idea_id = $1) AS comments, (SELECT count(*)::int FROM vote WHERE idea_id = $1) AS votes,
                (SELECT count(*)::int FROM idea WHERE title = 'Proposed during the restart') AS ideas`,
        [ideaId],
      );
      expect(counts.rows[0]).toEqual({ comments: 1, votes: 1, ideas: 1 });
    } finally {
      await db.end();
    }
    // The relay came back by itself: the client of the other instance gets all three, in sequence.
    const commentId = (applied[0] as { addComment: { id: string } }).addComment.id;
    await until(atB, (events) => events.some((e) => e.data.commentId === commentId) && events.some((e) => e.type === 'idea.voted' && e.data.upvotes === 1) && events.some((e) => e.data.title === 'Proposed during the restart'), 20_000);
    const kept = expectInOrderOnce(atB);
    const caughtUp = await catchUp(a, challengeId);
    expect(kept.map((e) => e.id)).toEqual(caughtUp.filter((e) => e.sequence >= atB[0].sequence).map((e) => e.id));
    expect([a.exited(), b.exited()]).toEqual([null, null]);
    for (const api of [a, b]) expect(api.output()).not.toMatch(/NOT_FOUND|Idea not found/);
  }, 300_000);
});
