import { Client } from 'pg';
import { Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, propose, vote } from '../support/co-creation';
import { catchUp, expectInOrderOnce, follow, pause, tallyOf } from '../support/delivery';
import { until } from '../support/sockets';

// A tally whose statement fails (here: it waits on a lock past the statement timeout) is not
// dropped, as it used to be: the relay's pass fails, nothing of it is marked, and the next pass
// sends the tally.
describe('a failed tally flush', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let orgId: string;
  const sockets: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, ana, orgId } = await cast(t));
  });
  afterAll(async () => {
    sockets.forEach((socket) => socket.close());
    await t.close();
  });

  it('is retried until it goes out', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const received = await follow(t, ana.token, challengeId, sockets);
    const ideaId = await propose(t, ana, challengeId, { title: 'Voted while the flush fails' });
    await until(received, (events) => events.some((e) => e.data.ideaId === ideaId));

    const blocker = new Client({ connectionString: t.databaseUrl });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE pending_tally IN ACCESS EXCLUSIVE MODE');
    try {
      expect((await vote(t, owner, ideaId, 'UP')).errors).toBeUndefined();
      await pause(6_500); // past the relay's 5 s statement timeout
      expect(tallyOf(received, ideaId)).toBeUndefined();
      const unrelayed = await t.sql(`SELECT count(*)::int AS n FROM domain_event WHERE type = 'idea.voted' AND aggregate_id IS NOT NULL AND relayed_at IS NULL AND payload->>'ideaId' = $1`, [ideaId]);
      expect(unrelayed[0].n).toBe(1); // not marked: the next relay pass owes its tally
    } finally {
      await blocker.query('COMMIT');
      await blocker.end();
    }
    await until(received, (events) => tallyOf(events, ideaId)?.upvotes === 1, 15_000);
    expectInOrderOnce(received);
    expect(tallyOf(await catchUp(t, challengeId), ideaId)).toMatchObject({ upvotes: 1, score: 1 });
  }, 60_000);
});
