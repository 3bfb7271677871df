import { ClientEvent, OutboxRelay, RealtimeGateway } from '@pollen/realtime';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, propose, vote } from '../support/co-creation';
import { connected, join, record, until } from '../support/sockets';
import { ApiProcess, startApiProcess } from '../support/processes';
import { graphql } from '../gql';
import { send } from '../support/graphql';

// An instance dies (SIGKILL) after committing events and before publishing them; the instance
// that takes over publishes every one of them, once, in order.
describe('killing the server between commit and publish', () => {
  let survivor: TestApp;
  let victim: ApiProcess | null = null;
  let owner: Person;
  let ana: Person;
  let orgId: string;

  beforeAll(async () => {
    // The survivor owns the test database and never relays; the victim commits through it.
    survivor = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    ({ owner, ana, orgId } = await cast(survivor));
  });
  afterAll(async () => {
    await victim?.kill('SIGKILL');
    await survivor.close();
  });

  it('loses no event: the next relay publishes what the dead one had committed', async () => {
    // The victim commits but never publishes: its relay is off, as if it died right after commit.
    victim = await startApiProcess({ DATABASE_URL: survivor.databaseUrl, POLLEN_RELAY: 'false' });
    const challengeId = await challenge(victim, owner, orgId, 'IDEATION');
    const ideas = [];
    for (let i = 0; i < 5; i++) ideas.push(await propose(victim, ana, challengeId, { title: `Committed before the crash ${i}` }));
    await victim.kill('SIGKILL');
    const pending = await survivor.sql(`SELECT count(*)::int AS n FROM domain_event WHERE challenge_id = $1 AND relayed_at IS NULL`, [challengeId]);
    expect(pending[0].n).toBe(7); // created, phase changed, five ideas

    // A new instance starts on the same database and takes the relay over.
    const successor = await createTestApp({ sameDatabaseAs: survivor });
    await successor.app.get(OutboxRelay).wake();
    await successor.close();
    const rows = await survivor.sql(
      `SELECT type, sequence::int AS sequence, relayed_at IS NOT NULL AS relayed, payload->>'ideaId' AS "ideaId"
         FROM domain_event WHERE challenge_id = $1 ORDER BY sequence`,
      [challengeId],
    );
    expect(rows.map((r: { sequence: number }) => r.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rows.every((r: { relayed: boolean }) => r.relayed)).toBe(true);
    expect(rows.slice(2).map((r: { ideaId: string }) => r.ideaId)).toEqual(ideas);
    // As the team: the public's catch-up starts at the challenge's opening (its DRAFT-era events are the team's).
    const caughtUp = await send(survivor, owner, graphql(`query RelayCrashChallengeEvents($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }`), { c: challengeId });
    expect(caughtUp.data.challengeEvents.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 60_000);

  it('loses no tally: a relay that dies between recording a tally and sending it leaves it to the next relay', async () => {
    // The relay records a tally as an event with its sequence (VoteTallyRepository.flush, its own
    // commit), then sends it. Here it fails right after that commit, before any client got it, as a
    // relay killed or cut from PostgreSQL in that window would: the pass fails, leadership and its
    // connection go, and the relay that takes over (this one, at its next poll) must send it.
    const t = await createTestApp({ sameDatabaseAs: survivor });
    try {
      const challengeId = await challenge(t, owner, orgId, 'IDEATION');
      const ideaId = await propose(t, ana, challengeId, { title: 'Voted on as the relay dies' });
      const follower = t.socket(ana.token);
      await connected(follower);
      const received = record(follower);
      await join(follower, { challengeId });

      const gateway = t.app.get(RealtimeGateway);
      const publish = gateway.publish.bind(gateway);
      const dropped: ClientEvent[] = [];
      jest.spyOn(gateway, 'publish').mockImplementation(async (events, reach, restricted) => {
        if (dropped.length === 0 && events.some((event) => event.type === 'idea.voted')) {
          dropped.push(...events);
          throw new Error('the relay died after recording the tally, before sending it');
        }
        return publish(events, reach, restricted);
      });
      await vote(t, owner, ideaId, 'UP');

      const tallied = await until(received, (events) => events.some((e) => e.type === 'idea.voted' && e.data.ideaId === ideaId), 15_000);
      const tally = dropped.find((event) => event.type === 'idea.voted')!;
      expect(tally).toBeDefined();
      // The very event the dead pass recorded (its id and sequence), sent once, by the next pass.
      const sent = tallied.filter((e) => e.type === 'idea.voted');
      expect(sent).toEqual([expect.objectContaining({ id: tally.id, sequence: tally.sequence, data: { ideaId, score: 1, upvotes: 1, downvotes: 0 } })]);
      // Sent, then marked relayed by the relay's next statement.
      await t.app.get(OutboxRelay).wake();
      const [row] = await survivor.sql(`SELECT relayed_at IS NOT NULL AS relayed FROM domain_event WHERE id = $1`, [tally.id]);
      expect(row.relayed).toBe(true);
      follower.disconnect();
    } finally {
      await t.close();
    }
  }, 60_000);
});
