import { BroadcastQueue, frameOf, textFrame } from './room-broadcast';
import type { Frame, Member } from './room-registry';
import { RoomRegistry } from './room-registry';

/** A member that keeps what it was written: each write as the packets it carried, and its bytes. */
interface Recorded extends Member {
  writes: string[][];
  bytes: Buffer[];
  live: boolean;
}

function member(id: string): Recorded {
  const writes: string[][] = [];
  const bytes: Buffer[] = [];
  return {
    id,
    viewer: null,
    address: '127.0.0.1',
    joinDueAt: 0,
    rooms: [],
    live: true,
    writes,
    bytes,
    deliver: (frames: readonly Frame[], wire: Buffer) => {
      writes.push(frames.map((frame) => frame.packet));
      bytes.push(wire);
    },
    notify: () => undefined,
    backlog: () => ({ packets: 0, bytes: 0 }),
    disconnect: () => undefined,
  };
}

/** Lets the queue's turns (setImmediate) run until it has nothing left. */
const drained = async () => {
  for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
};

describe('a broadcast frame', () => {
  it('is socket.io’s EVENT packet inside engine.io’s message, as one unmasked WebSocket text frame', () => {
    const frame = frameOf('idea.voted', { ideaId: 'i1', upvotes: 3 });
    expect(frame.packet).toBe('2["idea.voted",{"ideaId":"i1","upvotes":3}]');
    const text = `4${frame.packet}`;
    expect(frame.wire[0]).toBe(0x81); // FIN + text opcode
    expect(frame.wire[1]).toBe(text.length); // unmasked, a short length
    expect(frame.wire.subarray(2).toString()).toBe(text);
  });

  it('takes the extended lengths of longer texts', () => {
    for (const length of [126, 70_000]) {
      const wire = textFrame('x'.repeat(length));
      const header = length < 65_536 ? 4 : 10;
      expect(wire.length).toBe(header + length);
      expect(wire[1]).toBe(length < 65_536 ? 126 : 127);
    }
  });
});

describe('BroadcastQueue', () => {
  it('gives each member of the rooms the broadcast once (a member of two rooms too), in order, and no one else', async () => {
    const registry = new RoomRegistry();
    const [a, b, outsider] = [member('a'), member('b'), member('outsider')];
    for (const m of [a, b, outsider]) registry.add(m);
    registry.join(a, 'challenge:1');
    registry.join(a, 'idea:1');
    registry.join(b, 'idea:1');
    registry.join(outsider, 'challenge:2');
    const queue = new BroadcastQueue(registry);
    queue.push(['challenge:1', 'idea:1'], frameOf('first', {}));
    await drained();
    queue.push(['idea:1'], frameOf('second', {}));
    await drained();
    expect(a.writes).toEqual([['2["first",{}]'], ['2["second",{}]']]);
    expect(b.writes).toEqual([['2["first",{}]'], ['2["second",{}]']]);
    expect(outsider.writes).toEqual([]);
  });

  it('sends the broadcasts that piled up in one write per member, with only those it follows, in order', () => {
    const registry = new RoomRegistry();
    const [both, one] = [member('both'), member('one')];
    for (const m of [both, one]) registry.add(m);
    registry.join(both, 'challenge:1');
    registry.join(both, 'challenge:2');
    registry.join(one, 'challenge:2');
    const queue = new BroadcastQueue(registry);
    const frames = [frameOf('a', 1), frameOf('b', 2), frameOf('c', 3)];
    queue.push(['challenge:1'], frames[0]);
    queue.push(['challenge:2'], frames[1]);
    queue.push(['challenge:1'], frames[2]);
    return drained().then(() => {
      expect(both.writes).toEqual([['2["a",1]', '2["b",2]', '2["c",3]']]);
      expect(both.bytes[0]).toEqual(Buffer.concat(frames.map((frame) => frame.wire)));
      expect(one.writes).toEqual([['2["b",2]']]);
      expect(one.bytes[0]).toEqual(frames[1].wire);
    });
  });

  it('skips a member that can no longer be written to, and reaches one who joined before the broadcast started', async () => {
    const registry = new RoomRegistry();
    const [gone, late] = [member('gone'), member('late')];
    for (const m of [gone, late]) registry.add(m);
    registry.join(gone, 'challenge:1');
    const queue = new BroadcastQueue(registry);
    gone.live = false;
    queue.push(['challenge:1'], frameOf('x', {}));
    registry.join(late, 'challenge:1'); // before the queue's turn: the audience is taken when it starts
    await drained();
    expect(gone.writes).toEqual([]);
    expect(late.writes).toEqual([['2["x",{}]']]);
  });

  it('writes to thousands of members over several turns, each exactly once', async () => {
    const registry = new RoomRegistry();
    const members = Array.from({ length: 1_234 }, (_, i) => member(`m${i}`));
    for (const m of members) {
      registry.add(m);
      registry.join(m, 'challenge:1');
    }
    const queue = new BroadcastQueue(registry);
    queue.push(['challenge:1'], frameOf('x', {}));
    await new Promise((resolve) => setImmediate(resolve));
    // After the first turn some members have it and some do not yet: the event loop was let go.
    const early = members.filter((m) => m.writes.length === 1).length;
    expect(early).toBeGreaterThan(0);
    expect(early).toBeLessThan(members.length);
    await drained();
    expect(members.every((m) => m.writes.length === 1)).toBe(true);
  });

  it('drops what waits once stopped, and takes nothing after', async () => {
    const registry = new RoomRegistry();
    const a = member('a');
    registry.add(a);
    registry.join(a, 'challenge:1');
    const queue = new BroadcastQueue(registry);
    queue.push(['challenge:1'], frameOf('x', {}));
    queue.stop();
    queue.push(['challenge:1'], frameOf('y', {}));
    await drained();
    expect(a.writes).toEqual([]);
  });
});
