import { createTestApp, TestApp } from '../setup/test-app';
import { Person, brand, challenge, comment, person, propose, setPhase, vote } from '../support/co-creation';
import { connected, join, record, until } from '../support/sockets';
import { graphql } from '../gql';
import { send } from '../support/graphql';

describe('ledger under concurrency, and the brand’s decisions live', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({ sameDatabaseAs: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('never forks or leaves a gap in the chain while many people contribute and two sealers run', async () => {
    const owner = await person(a);
    const challengeId = await challenge(a, owner, await brand(a, owner));
    const crowd: Person[] = [];
    for (let i = 0; i < 16; i++) crowd.push(await person(a));
    const ideas = [await propose(a, crowd[0], challengeId), await propose(a, crowd[1], challengeId)];
    let sealing = true;
    const sealers = [a, b].map(async (app) => {
      while (sealing) {
        await app.sealLedger();
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    });
    // Everyone votes, changes their mind, comments, through both instances at once.
    await Promise.all(
      crowd.map(async (who, i) => {
        const app = i % 2 ? a : b;
        for (let round = 0; round < 4; round++) {
          for (const ideaId of ideas) await vote(app, who, ideaId, (['UP', 'DOWN', 'NONE', 'UP'] as const)[(round + i) % 4]);
          await comment(app, who, ideas[round % 2], `Round ${round}`);
        }
      }),
    );
    sealing = false;
    await Promise.all(sealers);
    await a.sealLedger();
    const [chain] = await a.sql(
      `SELECT count(*)::int AS entries, count(DISTINCT seq)::int AS seqs, min(seq)::int AS first, max(seq)::int AS last,
              count(*) FILTER (WHERE seq IS NULL)::int AS unsealed
         FROM contribution WHERE challenge_id = $1`,
      [challengeId],
    );
    expect(chain).toEqual({ entries: chain.last, seqs: chain.last, first: 1, last: chain.entries, unsealed: 0 });
    const verified = await send(b, owner, graphql(`query LedgerConcurrencyLedgerVerification($c: ID!) { ledgerVerification(challengeId: $c) { ok problem { reason } } }`), { c: challengeId });
    expect(verified.data.ledgerVerification).toEqual({ ok: true, problem: null });
    // Votes in the ledger equal the votes that stand (each cast once, withdrawals compensated).
    const [votes] = await a.sql(
      `SELECT (SELECT count(*) FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1)::int AS rows,
              (SELECT sum(CASE WHEN compensates IS NULL THEN 1 ELSE -1 END) FROM contribution WHERE challenge_id = $1 AND kind = 'VOTE_CAST')::int AS ledger`,
      [challengeId],
    );
    expect(votes.ledger).toBe(votes.rows);
  }, 120_000);

  it('announces a decision to the challenge room and notifies the idea’s author', async () => {
    const [owner, ana] = [await person(a), await person(a)];
    const challengeId = await challenge(a, owner, await brand(a, owner));
    const ideaId = await propose(a, ana, challengeId);
    await setPhase(a, owner, challengeId, 'REVIEW');
    const watcher = a.socket();
    const author = a.socket(ana.token);
    await Promise.all([connected(watcher), connected(author)]);
    expect(await join(watcher, { challengeId })).toMatchObject({ ok: true });
    const [seen, personal] = [record(watcher), record(author)];
    const res = await send(a, owner, graphql(`mutation LedgerConcurrencyDecideIdea($i: DecideIdeaInput!) { decideIdea(input: $i) { status } }`), { i: { ideaId, status: 'SHORTLISTED', reason: 'On the shortlist' } });
    expect(res.errors).toBeUndefined();
    const [event] = (await until(seen, (events) => events.some((e) => e.type === 'idea.statusChanged'))).filter((e) => e.type === 'idea.statusChanged');
    expect(event.data).toMatchObject({ ideaId, from: 'OPEN', to: 'SHORTLISTED', reason: 'On the shortlist', author: { id: ana.id } });
    expect(JSON.stringify(event.data)).not.toContain('@');
    const [note] = await until(personal, (events) => events.some((e) => e.type === 'notification'));
    expect(note.data).toMatchObject({ kind: 'IDEA_DECIDED', ideaId, decisionFrom: 'OPEN', decisionTo: 'SHORTLISTED', decisionReason: 'On the shortlist' });
  });

  it('serves a recent statement again rather than recomputing it on every request, and says which head it is at', async () => {
    const c = await createTestApp({ sameDatabaseAs: a, env: { STATEMENT_MAX_AGE_MS: '1000' } });
    try {
      const [owner, ana, ben] = [await person(a), await person(a), await person(a)];
      const challengeId = await challenge(a, owner, await brand(a, owner));
      const ideaId = await propose(a, ana, challengeId);
      await a.sealLedger();
      const HEAD = graphql(`query LedgerConcurrencyOwnershipStatement($c: ID!, $p: String) { ownershipStatement(challengeId: $c, pool: $p) { ledgerHead { seq } participantCount edges { node { payout } } } }`);
      const first = (await send(c, undefined, HEAD, { c: challengeId, p: '10' })).data.ownershipStatement;
      await vote(a, ben, ideaId, 'UP');
      await a.sealLedger();
      const [again, otherPool] = await Promise.all([send(c, undefined, HEAD, { c: challengeId, p: '10' }), send(c, undefined, HEAD, { c: challengeId, p: '7' })]);
      expect(again.data.ownershipStatement).toEqual(first);
      expect(otherPool.data.ownershipStatement).toMatchObject({ ledgerHead: first.ledgerHead, edges: [{ node: { payout: '7' } }] });
      await new Promise((resolve) => setTimeout(resolve, 1_100));
      const later = (await send(c, undefined, HEAD, { c: challengeId, p: '10' })).data.ownershipStatement;
      expect(Number(later.ledgerHead.seq)).toBeGreaterThan(Number(first.ledgerHead.seq));
      expect(later.participantCount).toBe(2);
    } finally {
      await c.close();
    }
  });
});
