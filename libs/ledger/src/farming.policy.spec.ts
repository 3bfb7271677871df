import fc from 'fast-check';
import { ContributionKind, WeightedKind } from './contribution-kind';
import { UnsealedEntry } from './ledger-entry';
import { PARTICIPATION_CAP_BP, diminished } from './farming.policy';
import { buildStatement } from './ownership-statement.util';
import { DEFAULT_POLICY } from './ownership-policy';
import { talliesFromEntries } from './ownership-tallies';

const CHALLENGE = '00000000-0000-4000-8000-000000000000';
const AUTHOR = 'aaaaaaaa-0000-4000-8000-000000000000';
const TARGET = '11111111-0000-4000-8000-000000000001';
const HONEST = ['bbbbbbbb', 'cccccccc', 'dddddddd'].map((c) => `${c}-0000-4000-8000-000000000000`);
const OTHER_IDEA = '22222222-0000-4000-8000-000000000001';
const sybil = (i: number) => `ffff${i.toString(16).padStart(4, '0')}-0000-4000-8000-000000000000`;

type Weights = typeof DEFAULT_POLICY.weights;

/** A ledger written entry by entry, as the services write it (compensations cancel an earlier entry). */
class Ledger {
  readonly entries: UnsealedEntry[] = [];
  private n = 0;
  constructor(private readonly weights: Weights) {}

  add(kind: WeightedKind, participantId: string, ideaId: string, commentId: string | null = null): UnsealedEntry {
    const entry: UnsealedEntry = {
      challengeId: CHALLENGE,
      id: `${(++this.n).toString(16).padStart(8, '0')}-0000-4000-8000-00000000000e`,
      kind,
      participantId,
      ideaId,
      commentId,
      points: BigInt(this.weights[kind]),
      compensates: null,
      detail: {},
      occurredAt: new Date(1_700_000_000_000 + this.n),
    };
    this.entries.push(entry);
    return entry;
  }

  cancel(entry: UnsealedEntry): void {
    this.entries.push({ ...entry, id: `${(++this.n).toString(16).padStart(8, '0')}-0000-4000-8000-00000000000e`, points: -entry.points, compensates: entry.id });
  }
}

/** What one farming step does with the farmer's accounts on the target idea. */
const step = fc.record({
  action: fc.constantFrom('comment', 'comment', 'helpful', 'unhelpful', 'delete', 'vote', 'toggle', 'downvote'),
  account: fc.integer({ min: 0, max: 24 }),
});

const weights = fc.record({
  IDEA_PROPOSED: fc.integer({ min: 1, max: 1_000_000 }),
  IDEA_BUILT_UPON: fc.integer({ min: 0, max: 100_000 }),
  IDEA_SHORTLISTED: fc.integer({ min: 0, max: 100_000 }),
  IDEA_ADOPTED: fc.integer({ min: 0, max: 1_000_000 }),
  COMMENT: fc.integer({ min: 0, max: 1_000_000 }),
  COMMENT_HELPFUL: fc.integer({ min: 0, max: 1_000_000 }),
  VOTE_CAST: fc.integer({ min: 0, max: 1_000_000 }),
});

/**
 * The farmer controls up to 25 accounts and any mix of comments, deletions, votes and vote
 * toggles on one idea; the idea's author (or the brand) may even mark the farmer's comments
 * helpful. Some honest activity happens around it.
 */
function farm(w: Weights, steps: Array<{ action: string; account: number }>, honest: boolean) {
  const ledger = new Ledger(w);
  ledger.add(ContributionKind.IDEA_PROPOSED, AUTHOR, TARGET);
  if (honest) {
    ledger.add(ContributionKind.IDEA_PROPOSED, HONEST[0], OTHER_IDEA);
    ledger.add(ContributionKind.VOTE_CAST, HONEST[1], TARGET);
    const c = ledger.add(ContributionKind.COMMENT, HONEST[2], TARGET, 'c0000000-0000-4000-8000-000000000000');
    ledger.add(ContributionKind.COMMENT_HELPFUL, HONEST[2], TARGET, c.commentId);
  }
  const comments: UnsealedEntry[] = [];
  const helpful = new Map<string, UnsealedEntry>();
  const votes = new Map<number, UnsealedEntry>();
  let commentIds = 0;
  for (const { action, account } of steps) {
    const who = sybil(account);
    if (action === 'comment') comments.push(ledger.add(ContributionKind.COMMENT, who, TARGET, `c${(++commentIds).toString(16).padStart(7, '0')}-0000-4000-8000-000000000000`));
    const mine = comments.filter((c) => c.participantId === who && !helpful.has(c.id) && !ledger.entries.some((e) => e.compensates === c.id));
    if (action === 'helpful' && mine.length) helpful.set(mine[0].id, ledger.add(ContributionKind.COMMENT_HELPFUL, who, TARGET, mine[0].commentId));
    if (action === 'unhelpful') {
      const marked = [...helpful].find(([id]) => comments.find((c) => c.id === id)?.participantId === who);
      if (marked) {
        ledger.cancel(marked[1]);
        helpful.delete(marked[0]);
      }
    }
    if (action === 'delete' && mine.length) ledger.cancel(mine[mine.length - 1]);
    // One vote per account and idea: casting when none, changing it keeps the one entry, clearing cancels it.
    if ((action === 'vote' || action === 'downvote') && !votes.has(account)) votes.set(account, ledger.add(ContributionKind.VOTE_CAST, who, TARGET));
    if (action === 'toggle' && votes.has(account)) {
      ledger.cancel(votes.get(account)!);
      votes.delete(account);
    }
  }
  return buildStatement(talliesFromEntries(ledger.entries));
}

describe('the farming rule (property-based)', () => {
  it('never gives a farmer, with any number of accounts and any mix of strategies, more than the author of the idea farmed', () => {
    fc.assert(
      fc.property(weights, fc.array(step, { maxLength: 200 }), fc.boolean(), (w, steps, honest) => {
        const statement = farm(w, steps, honest);
        const points = (id: string) => statement.participants.find((p) => p.participantId === id)?.scaledPoints ?? 0n;
        const shares = (ids: string[]) => statement.participants.filter((p) => ids.includes(p.participantId)).reduce((sum, p) => sum + p.shareBp, 0);
        const farmers = statement.participants.filter((p) => p.participantId.startsWith('ffff'));
        const farmed = farmers.reduce((sum, p) => sum + p.scaledPoints, 0n);
        expect(farmed <= points(AUTHOR)).toBe(true);
        // Everyone's participation on the idea stays within the cap of its credit.
        // (statement units: milli-points × basis points; the idea's credit is its proposal's weight in milli-points)
        expect(farmed <= BigInt(w.IDEA_PROPOSED) * BigInt(PARTICIPATION_CAP_BP)).toBe(true);
        expect(shares(farmers.map((p) => p.participantId))).toBeLessThanOrEqual(shares([AUTHOR]) + farmers.length);
        const total = statement.participants.reduce((sum, p) => sum + p.shareBp, 0);
        expect(total).toBe(statement.totalScaledPoints > 0n ? 10_000 : 0);
      }),
      { numRuns: 300 },
    );
  });

  it('gives nothing for "+1" comments nobody found helpful, and nothing for what was taken back', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (n) => {
        const statement = farm(DEFAULT_POLICY.weights, Array.from({ length: n }, () => ({ action: 'comment', account: 0 })), false);
        expect(statement.participants.find((p) => p.participantId === sybil(0))?.scaledPoints ?? 0n).toBe(0n);
        const taken = farm(DEFAULT_POLICY.weights, Array.from({ length: n }, (_, i) => ({ action: i % 2 ? 'toggle' : 'vote', account: 0 })).concat(n % 2 ? [{ action: 'toggle', account: 0 }] : []), false);
        expect(taken.participants.find((p) => p.participantId === sybil(0))?.scaledPoints ?? 0n).toBe(0n);
      }),
    );
  });

  it('the issue’s two farms: 60 "+1" comments take nothing, 20 fresh voters share at most half of the idea’s credit', () => {
    const comments = farm(DEFAULT_POLICY.weights, Array.from({ length: 60 }, () => ({ action: 'comment', account: 0 })), false);
    expect(comments.participants.find((p) => p.participantId === AUTHOR)!.shareBp).toBe(10_000);
    const voters = farm(DEFAULT_POLICY.weights, Array.from({ length: 20 }, (_, i) => ({ action: 'vote', account: i })), false);
    const author = voters.participants.find((p) => p.participantId === AUTHOR)!;
    expect(author.shareBp).toBe(6_667); // 10 points against 20 × 0.5 capped at 5
    expect(voters.participants.filter((p) => p.participantId !== AUTHOR).reduce((s, p) => s + p.shareBp, 0)).toBe(3_333);
  });

  it('diminishes repeated contributions: w, w/2, w/4 …, always under 2w', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000 }), fc.bigInt({ min: 0n, max: 10n ** 9n }), (n, w) => {
        const total = diminished(n, w);
        expect(total <= 2n * w).toBe(true);
        if (n > 0) expect(total >= w).toBe(true);
        expect(diminished(n + 1, w) >= total).toBe(true);
      }),
    );
  });
});
