import type { PollenConfig } from '@pollen/config';
import type { OutboxEvent } from '@pollen/events';
import { VoteTallyCoalescer } from './vote-tally.coalescer';

const vote = (ideaId: string, at: number): OutboxEvent =>
  ({ position: '1', id: `v-${ideaId}-${at}`, type: 'idea.voted', challengeId: 'c', aggregateId: ideaId, actorId: 'u', payload: { ideaId }, sequence: '1', occurredAt: new Date(at), requestId: null }) as OutboxEvent;

describe('the tally schedule', () => {
  const coalescer = () => new VoteTallyCoalescer({ tallyIntervalMs: 250 } as PollenConfig);

  it('sends a quiet idea at once, holds the next votes for the window, and writes them down first', () => {
    const tallies = coalescer();
    tallies.note(vote('a', 1_000));
    let plan = tallies.plan(1_000, false, 10);
    expect(plan).toEqual({ due: [{ ideaId: 'a', votedAt: new Date(1_000) }], hold: [] });
    tallies.done(plan, 1_000);
    tallies.note(vote('a', 1_010));
    tallies.note(vote('a', 1_020));
    plan = tallies.plan(1_020, false, 10);
    expect(plan).toEqual({ due: [], hold: [{ ideaId: 'a', challengeId: 'c', votedAt: new Date(1_020) }] });
    tallies.done(plan, 1_020);
    // Written down: the next SQL statements need not write it again.
    expect(tallies.plan(1_100, false, 10)).toEqual({ due: [], hold: [] });
    expect(tallies.nextDueAt()).toBe(1_250);
    plan = tallies.plan(1_250, false, 10);
    expect(plan.due).toEqual([{ ideaId: 'a', votedAt: new Date(1_020) }]);
    tallies.done(plan, 1_250);
    expect(tallies.size).toBe(0);
  });

  it('sends every held tally when stopping, window or not, at most `limit` a statement', () => {
    const tallies = coalescer();
    for (const id of ['a', 'b', 'c']) {
      tallies.note(vote(id, 0));
      tallies.done(tallies.plan(0, false, 10), 0);
      tallies.note(vote(id, 10));
    }
    const plan = tallies.plan(20, true, 2);
    expect(plan.due.map((t) => t.ideaId)).toEqual(['a', 'b']);
    expect(plan.hold.map((t) => t.ideaId)).toEqual(['c']);
  });

  it('a relay taking over owes what its predecessor wrote down, at once; leaving forgets everything', () => {
    const tallies = coalescer();
    tallies.restore([{ ideaId: 'a', challengeId: 'c', votedAt: new Date(5) }]);
    expect(tallies.plan(0, false, 10)).toEqual({ due: [{ ideaId: 'a', votedAt: new Date(5) }], hold: [] });
    tallies.reset();
    expect(tallies.size).toBe(0);
    expect(tallies.nextDueAt()).toBeNull();
  });
});
