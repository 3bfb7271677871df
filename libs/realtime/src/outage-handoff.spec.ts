import fc from 'fast-check';
import type { ClientEvent } from './client-event';
import { LiveBroadcast, OutageHandoff, keyOf } from './outage-handoff';

/**
 * The hand-off between the two paths a relay's broadcasts take to an instance (Redis live, the
 * outbox read back), driven through every interleaving fast-check builds of: the relay emitting
 * events (some with a notification), marking them relayed later (as the relay does, one
 * SQL statement behind), the link dropping and coming back, the subscription coming back after the
 * link (or never before the end), messages in flight being processed, the reader's ticks (pages
 * of any size).
 * Whatever the interleaving, once things settle each broadcast reached the clients exactly once,
 * and the events of the challenge in the relay's order.
 */
type Action =
  | { kind: 'emit'; notify: boolean }
  | { kind: 'mark' }
  | { kind: 'down' }
  | { kind: 'up' }
  | { kind: 'subscribe' }
  | { kind: 'arrive' }
  | { kind: 'read'; page: number };

interface Row {
  id: string;
  broadcasts: ClientEvent[];
}

const event = (type: string, id: string, sequence: number): ClientEvent => ({ id, type, challengeId: 'c', sequence, occurredAt: '', data: {} });

class World {
  readonly machine = new OutageHandoff();
  /** What the relay emitted, in order (the outbox rows, in the relay's order). */
  readonly rows: Row[] = [];
  marked = 0;
  linkUp = true;
  subscribed = true;
  inFlight: ClientEvent[] = [];
  cursor = 0;
  /** What this instance's clients received, in order. */
  readonly received: string[] = [];
  private deliveredLive = new Set<string>();

  apply(action: Action): void {
    switch (action.kind) {
      case 'emit': {
        const id = `e${this.rows.length + 1}`;
        const broadcasts = [event('comment.created', id, this.rows.length + 1)];
        if (action.notify) broadcasts.push(event('notification', id, this.rows.length + 1));
        this.rows.push({ id, broadcasts });
        if (this.linkUp && this.subscribed) this.inFlight.push(...broadcasts);
        return;
      }
      case 'mark':
        this.marked = this.rows.length;
        return;
      case 'down':
        if (!this.linkUp) return;
        this.linkUp = false;
        this.subscribed = false;
        this.inFlight = []; // lost with the connection
        if (this.machine.linkDown()) {
          // The reader starts a little before the drop: before the first broadcast not delivered live, and maybe earlier.
          const first = this.rows.findIndex((row) => row.broadcasts.some((b) => !this.deliveredLive.has(keyOf(b))));
          this.cursor = Math.max(0, (first < 0 ? this.rows.length : first) - 2);
        }
        return;
      case 'up':
        if (this.linkUp) return;
        this.linkUp = true;
        this.machine.linkUp();
        return;
      case 'subscribe':
        if (this.linkUp) this.subscribed = true;
        return;
      case 'arrive': {
        const next = this.inFlight.shift();
        if (next && this.machine.live({ rooms: ['r'], event: next })) this.deliver(next, true);
        return;
      }
      case 'read':
        this.read(action.page);
        return;
    }
  }

  /** OutageFollower.read, synchronously. */
  read(page: number): void {
    if (!this.machine.reading) return;
    for (;;) {
      const rows = this.rows.slice(this.cursor, Math.min(this.marked, this.cursor + page)).map((row) => ({ ...row }));
      const { rows: mine, met } = this.machine.take(rows);
      for (const row of mine) for (const b of row.broadcasts) if (!this.machine.wasDelivered(b)) this.deliver(b, false);
      this.cursor += mine.length;
      if (met) return this.finish();
      if (rows.length < page) break;
    }
  }

  settle(): void {
    this.apply({ kind: 'up' });
    this.apply({ kind: 'subscribe' });
    this.apply({ kind: 'mark' });
    while (this.inFlight.length) this.apply({ kind: 'arrive' });
    this.read(7);
    // Events after everything settled: the first meets the paths if nothing did, the last comes through Redis.
    for (let i = 0; i < 2; i++) {
      this.apply({ kind: 'emit', notify: false });
      this.apply({ kind: 'arrive' });
      this.apply({ kind: 'mark' });
      this.read(7);
    }
  }

  private finish(): void {
    for (const b of this.machine.finish()) this.deliver(b.event, false);
  }

  private deliver(b: ClientEvent, live: boolean): void {
    const key = keyOf(b);
    this.received.push(key);
    if (live) this.deliveredLive.add(key);
    else this.machine.deliveredHere(b);
  }
}

const actionArb: fc.Arbitrary<Action> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('emit' as const), notify: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ kind: 'mark' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'down' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'up' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'subscribe' as const }) },
  { weight: 4, arbitrary: fc.constant({ kind: 'arrive' as const }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('read' as const), page: fc.integer({ min: 1, max: 5 }) }) },
);

describe('the outage hand-off, as a state machine', () => {
  it('delivers every broadcast exactly once, and the events in the relay order, whatever the interleaving', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 120 }), (actions) => {
        const world = new World();
        for (const action of actions) world.apply(action);
        world.settle();
        const expected = world.rows.flatMap((row) => row.broadcasts.map(keyOf));
        expect([...world.received].sort()).toEqual([...expected].sort());
        const events = world.received.filter((key) => key.startsWith('comment.created'));
        expect(events).toEqual(world.rows.map((row) => keyOf(row.broadcasts[0])));
        expect(world.machine.state).toBe('live');
      }),
      { numRuns: 3_000 },
    );
  });

  // The case of issue 17: the link is back, the relay emits an event it marks relayed only at
  // its next SQL statement, and an older broadcast comes through first. The event is delivered.
  it('an event committed right after the link is back reaches the clients', () => {
    const world = new World();
    for (const action of [{ kind: 'emit', notify: false }, { kind: 'mark' }, { kind: 'arrive' }, { kind: 'down' }, { kind: 'emit', notify: true }, { kind: 'mark' }, { kind: 'read', page: 5 }, { kind: 'up' }, { kind: 'subscribe' }, { kind: 'emit', notify: false }, { kind: 'arrive' }, { kind: 'read', page: 5 }] as Action[]) {
      world.apply(action);
    }
    expect(world.machine.state).toBe('handoff'); // e3 is held: not marked yet, so the read has not met it
    expect(world.received).toEqual(['comment.created:e1', 'comment.created:e2', 'notification:e2']);
    world.apply({ kind: 'mark' });
    world.apply({ kind: 'read', page: 5 });
    expect(world.machine.state).toBe('live');
    expect(world.received).toEqual(['comment.created:e1', 'comment.created:e2', 'notification:e2', 'comment.created:e3']);
  });

  it('a broadcast held while the paths meet is not sent twice when the outbox has it too', () => {
    const machine = new OutageHandoff();
    const a = event('comment.created', 'a', 1);
    const b = event('comment.created', 'b', 2);
    machine.linkDown();
    machine.linkUp();
    const held: LiveBroadcast[] = [{ rooms: ['r'], event: a }, { rooms: ['r'], event: b }];
    held.forEach((broadcast) => expect(machine.live(broadcast)).toBe(false));
    const { rows, met } = machine.take([{ id: 'a' }, { id: 'b' }]);
    expect(rows).toEqual([{ id: 'a' }]);
    expect(met).toBe(true);
    machine.deliveredHere(a);
    expect(machine.finish().map((broadcast) => broadcast.event.id)).toEqual(['b']);
    expect(machine.state).toBe('live');
  });

  it('keeps reading after the link is back until a broadcast proves the subscription is, unless this instance relays', () => {
    const machine = new OutageHandoff();
    machine.linkDown();
    machine.linkUp();
    expect(machine.finishAlone(false)).toBe(false);
    expect(machine.reading).toBe(true);
    expect(machine.finishAlone(true)).toBe(true);
    machine.linkDown();
    expect(machine.finishAlone(true)).toBe(false); // link down again: following, not hand-off
  });
});
