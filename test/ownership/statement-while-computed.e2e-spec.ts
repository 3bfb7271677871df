import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, person, propose, vote } from '../support/co-creation';
import { graphql } from '../gql';
import { send } from '../support/graphql';

const STATEMENT = graphql(`query StatementWhileComputed($c: ID!) { ownershipStatement(challengeId: $c, first: 5) { ledgerHead { seq } participantCount } }`);
const TOP = graphql(`query TopWhileComputed($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to) { topContributors(first: 5) { participantId } } }`);

/**
 * A statement computed again (its head moved) is given within STATEMENT_STALE_WAIT_MS or the
 * previous one is, naming its own head; the new one is kept once computed. At ten times Fiat Mio
 * a statement takes ~35 s to compute: a reader is not kept waiting for it each time the head moves.
 */
describe('ownership: the statement while the next one is computed', () => {
  let t: TestApp;
  let owner: Person, ana: Person, ben: Person, cleo: Person;
  let challengeId: string;
  let ideaId: string;

  beforeAll(async () => {
    t = await createTestApp({ env: { STATEMENT_STALE_WAIT_MS: '0' } });
    [owner, ana, ben, cleo] = [await person(t), await person(t), await person(t), await person(t)];
    challengeId = await challenge(t, owner, await brand(t, owner), 'IDEATION');
    ideaId = await propose(t, ana, challengeId, { title: 'Seats that fold flat' });
    await vote(t, ben, ideaId, 'UP');
    await t.sealLedger();
  });
  afterAll(() => t.close());

  const headOf = async () => {
    const res = await send(t, owner, STATEMENT, { c: challengeId });
    expect(res.errors).toBeUndefined();
    return res.data.ownershipStatement;
  };

  it('waits for a first statement, then gives the previous one, which names its head, while the next is computed, and the next once it is', async () => {
    const first = await headOf();
    expect(first.participantCount).toBe(2);
    await vote(t, cleo, ideaId, 'UP');
    await t.sealLedger();
    const [{ seq: head }] = await t.sql(`SELECT seq::text AS seq FROM ledger_head WHERE challenge_id = $1`, [challengeId]);
    expect(BigInt(head)).toBeGreaterThan(BigInt(first.ledgerHead.seq));

    // Answered at once with the statement before, which says which head it is of.
    expect(await headOf()).toEqual(first);
    // The one being computed is kept when done: a later read gets it.
    let latest = first;
    for (const deadline = Date.now() + 10_000; latest.ledgerHead.seq !== head && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      latest = await headOf();
    }
    expect(latest).toEqual({ ledgerHead: { seq: head }, participantCount: 3 });
  });

  it('gives the brand’s top contributors the same way: the ranking before while the next is made, then the next', async () => {
    const day = 86_400_000;
    const window = { c: challengeId, from: new Date(Date.now() - day).toISOString(), to: new Date(Date.now() + day).toISOString() };
    const top = async () => {
      const res = await send(t, owner, TOP, window);
      expect(res.errors).toBeUndefined();
      return res.data.challengeInsights.topContributors.map((row) => row.participantId);
    };
    const before = await top();
    expect(before).toHaveLength(3);
    const dan = await person(t);
    await vote(t, dan, ideaId, 'UP');
    await t.sealLedger();
    expect(await top()).toEqual(before);
    let latest = before;
    for (const deadline = Date.now() + 10_000; latest.length === before.length && Date.now() < deadline; ) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      latest = await top();
    }
    expect(latest).toHaveLength(4);
  });
});
