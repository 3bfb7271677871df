import { OutboxRelay } from '@pollen/realtime';
import { createTestApp, TestApp } from './setup/test-app';
import { Person, cast, challenge, propose } from './support/co-creation';
import { ApiProcess, startApiProcess } from './support/processes';

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
    const caughtUp = await survivor.gql(`query($c: ID!) { challengeEvents(challengeId: $c, afterSequence: 0) { type sequence } }`, { c: challengeId }, owner.token);
    expect(caughtUp.data.challengeEvents.map((e: { sequence: number }) => e.sequence)).toEqual([1, 2, 3, 4, 5, 6, 7]);
  }, 60_000);
});
