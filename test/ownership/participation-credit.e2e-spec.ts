import { randomUUID } from 'node:crypto';
import { LedgerRepository, buildStatement, participationCredit } from '@pollen/ledger';
import { generator, insertRows } from '../support/stored-tallies';
import { createTestApp, TestApp } from '../setup/test-app';

// The ownership statement takes the farming rule's result from PostgreSQL
// (LedgerRepository.participationCredit) instead of folding every (idea, participant) tally in
// Node: over stored tallies of every shape (several kinds per pair, compensated entries, helpful
// marks fewer or more than comments, ideas over and under the participation cap, ideas with no or
// negative credit), it must equal the TypeScript rule (farming.policy.ts), bit for bit.

describe('the farming rule in PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([1, 2, 3])('equals the TypeScript rule over random stored tallies (seed %i)', async (seed) => {
    const random = generator(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const challengeId = randomUUID();
    const ideas = Array.from({ length: 25 }, () => randomUUID());
    const people = Array.from({ length: 30 }, () => randomUUID());
    const participation: unknown[][] = [];
    const direct = new Map<string, { entries: number; points: bigint }>();
    for (const ideaId of ideas) {
      for (const participantId of people) {
        if (random() < 0.4) continue;
        for (const kind of ['COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST']) {
          if (random() < 0.35) continue;
          const entries = pick([0, 1, 1, 1, 2, 3, 7, 70]);
          const weight = BigInt(pick([0, 1, 500, 1000, 2500, 33_333]));
          // Sometimes a compensation left points that are not entries × weight.
          const points = BigInt(entries) * weight + (random() < 0.1 ? BigInt(pick([-7, 3, 999])) : 0n);
          participation.push([challengeId, ideaId, participantId, kind, entries, points.toString()]);
          const key = `${participantId} ${kind}`;
          const sum = direct.get(key) ?? { entries: 0, points: 0n };
          direct.set(key, { entries: sum.entries + entries, points: sum.points + points });
        }
      }
    }
    const ideaRows = ideas.flatMap((ideaId) => {
      const credit = pick([null, -5_000, 0, 1_000, 20_000, 5_000_000]);
      return credit === null ? [] : [[challengeId, ideaId, 'IDEA_PROPOSED', 1, String(credit)], [challengeId, ideaId, 'IDEA_SHORTLISTED', 1, String(pick([0, 2_000]))]];
    });
    await insertRows(t, 'ownership_participation', 'challenge_id, idea_id, participant_id, kind, entries, points', participation);
    await insertRows(t, 'ownership_idea', 'challenge_id, idea_id, kind, entries, points', ideaRows);
    await insertRows(
      t,
      'ownership_direct',
      'challenge_id, participant_id, kind, entries, points',
      [...direct].map(([key, sum]) => [challengeId, ...key.split(' '), sum.entries, sum.points.toString()]),
    );

    const ledger = t.app.get(LedgerRepository);
    const stored = await ledger.storedTallies(challengeId);
    const fromSql = await ledger.participationCredit(challengeId);
    const fromTypeScript = participationCredit(stored);
    expect(fromTypeScript.credit.size).toBeGreaterThan(20);
    expect(fromSql).toEqual(fromTypeScript);
    expect(buildStatement((await ledger.statementTalliesOf([challengeId])).get(challengeId)!, fromSql)).toEqual(buildStatement(stored));
  });
});
