import { randomUUID } from 'node:crypto';
import { LedgerRepository, buildStatement } from '@pollen/ledger';
import { generator, insertRows } from '../support/stored-tallies';
import { createTestApp, TestApp } from '../setup/test-app';

// topContributors reads only the first participants of the ownership statement, ranked in
// PostgreSQL over the stored tallies (LedgerRepository.topParticipants). Over stored tallies with
// ties on points, ideas over the farming rule's cap, split authorships, authors with nothing but
// their ideas' credit and participants with negative or zero points, its rows must be the full
// statement's first rows (buildStatement: points, order, shares of 10,000), bit for bit.

const FIRST = 20;

describe('the top of the ownership statement, ranked in PostgreSQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t?.close());

  it.each([1, 2, 3])('gives the full statement’s first rows (seed %i)', async (seed) => {
    const random = generator(seed);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
    const challengeId = randomUUID();
    const ideas = Array.from({ length: 30 }, () => randomUUID());
    const people = Array.from({ length: 40 }, () => randomUUID());
    // Twins: the same participation under another id (the cap scales both alike; ties where nothing else differs).
    const twins = people.slice(0, 12).map((id) => [id, randomUUID()] as const);
    const participation: unknown[][] = [];
    const direct = new Map<string, { entries: number; points: bigint }>();
    const addDirect = (participantId: string, kind: string, entries: number, points: bigint) => {
      const key = `${participantId} ${kind}`;
      const sum = direct.get(key) ?? { entries: 0, points: 0n };
      direct.set(key, { entries: sum.entries + entries, points: sum.points + points });
    };
    for (const ideaId of ideas) {
      for (const participantId of people) {
        if (random() < 0.5) continue;
        for (const kind of ['COMMENT', 'COMMENT_HELPFUL', 'VOTE_CAST']) {
          if (random() < 0.35) continue;
          const entries = pick([0, 1, 1, 1, 2, 3, 7]);
          const weight = BigInt(pick([500, 2000, 6000]));
          const points = BigInt(entries) * weight + (random() < 0.05 ? -7n : 0n);
          const twin = twins.find(([id]) => id === participantId)?.[1];
          for (const party of twin ? [participantId, twin] : [participantId]) {
            participation.push([challengeId, ideaId, party, kind, entries, points.toString()]);
            addDirect(party, kind, entries, points);
          }
        }
      }
    }
    // Direct tallies beyond what was recorded on ideas (counted as recorded), some negative; licences with no points.
    for (const participantId of people) {
      if (random() < 0.3) addDirect(participantId, 'LICENCE_ACCEPTED', 1, 0n);
      if (random() < 0.1) addDirect(participantId, 'COMMENT', -1, BigInt(pick([-40_000, 2_000])));
    }
    // Ideas' credit: small ones (the participation cap scales their participants down), large ones, none.
    const ideaRows = ideas.flatMap((ideaId) => {
      const credit = pick([null, 0, 1_000, 10_000, 10_000, 235_000]);
      return credit === null ? [] : [[challengeId, ideaId, 'IDEA_PROPOSED', 1, String(credit)]];
    });
    // Authorships: one author, or a split; some authors never participated.
    const authors = [...people, ...Array.from({ length: 8 }, () => randomUUID())];
    const authorship = ideas.flatMap((ideaId) => {
      const [a, b] = [pick(authors), pick(authors)];
      if (a === b || random() < 0.5) return [[challengeId, ideaId, a, 10_000]];
      const share = pick([3_333, 5_000, 7_500]);
      return [[challengeId, ideaId, a, share], [challengeId, ideaId, b, 10_000 - share]];
    });
    // Two co-authors of a large idea, each with half of it and nothing else: a tie at the top.
    const coAuthored = randomUUID();
    const [first, second] = [randomUUID(), randomUUID()];
    ideaRows.push([challengeId, coAuthored, 'IDEA_ADOPTED', 1, '400000']);
    authorship.push([challengeId, coAuthored, first, 5_000], [challengeId, coAuthored, second, 5_000]);
    await insertRows(t, 'ownership_participation', 'challenge_id, idea_id, participant_id, kind, entries, points', participation);
    await insertRows(t, 'ownership_idea', 'challenge_id, idea_id, kind, entries, points', ideaRows);
    await insertRows(t, 'ownership_authorship', 'challenge_id, idea_id, participant_id, share_bp', authorship);
    await insertRows(
      t,
      'ownership_direct',
      'challenge_id, participant_id, kind, entries, points',
      [...direct].map(([key, sum]) => [challengeId, ...key.split(' '), sum.entries, sum.points.toString()]),
    );

    const ledger = t.app.get(LedgerRepository);
    const full = buildStatement(await ledger.storedTallies(challengeId));
    const expected = full.participants.slice(0, FIRST).map(({ participantId, scaledPoints, shareBp }) => ({ participantId, scaledPoints, shareBp }));
    // The shape this spec means to cover: a tie within the first rows, the cap in play, a whole split.
    const rowOf = (id: string) => expected.find((row) => row.participantId === id);
    expect(rowOf(first)?.scaledPoints).toBe(rowOf(second)?.scaledPoints);
    expect(full.participants.reduce((sum, p) => sum + p.shareBp, 0)).toBe(10_000);
    const capped = await t.sql(
      `SELECT count(*)::int AS n FROM (SELECT idea_id, sum(points) AS p FROM ownership_participation WHERE challenge_id = $1 GROUP BY idea_id) p
         JOIN (SELECT idea_id, sum(points) AS c FROM ownership_idea WHERE challenge_id = $1 GROUP BY idea_id) i USING (idea_id) WHERE p.p * 2 > i.c`,
      [challengeId],
    );
    expect((capped as Array<{ n: number }>)[0].n).toBeGreaterThan(0);

    expect(await ledger.topParticipants(challengeId, FIRST)).toEqual(expected);
    expect(await ledger.topParticipants(challengeId, 3)).toEqual(expected.slice(0, 3));
    // All of them: the same statement, row for row.
    expect(await ledger.topParticipants(challengeId, 1_000)).toEqual(full.participants.map(({ participantId, scaledPoints, shareBp }) => ({ participantId, scaledPoints, shareBp })));
  });

  it('gives nothing for a challenge without tallies', async () => {
    expect(await t.app.get(LedgerRepository).topParticipants(randomUUID(), FIRST)).toEqual([]);
  });
});
