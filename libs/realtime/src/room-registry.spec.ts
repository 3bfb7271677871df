import type { Frame, Member } from './room-registry';
import { RoomRegistry } from './room-registry';

function member(id: string): Member {
  return {
    id,
    viewer: null,
    address: '127.0.0.1',
    joinDueAt: 0,
    rooms: [],
    live: true,
    deliver: (_frames: readonly Frame[], _wire: Buffer) => undefined,
    notify: () => undefined,
    backlog: () => ({ packets: 0, bytes: 0 }),
    disconnect: () => undefined,
  };
}

describe('RoomRegistry', () => {
  it('gives each member of several rooms once, and forgets a member with all its rooms', () => {
    const registry = new RoomRegistry();
    const [a, b, c] = [member('a'), member('b'), member('c')];
    for (const m of [a, b, c]) registry.add(m);
    registry.join(a, 'challenge:1');
    registry.join(a, 'idea:1');
    registry.join(b, 'idea:1');
    registry.join(c, 'challenge:2');
    expect(registry.audience(['challenge:1', 'idea:1']).map((m) => m.id)).toEqual(['a', 'b']);
    registry.remove(a);
    expect(a.rooms).toEqual([]);
    expect(registry.audience(['challenge:1', 'idea:1']).map((m) => m.id)).toEqual(['b']);
    registry.leave(b, 'idea:1');
    expect(registry.audience(['idea:1'])).toEqual([]);
  });

  it('does not put a member that has left into a room (a join answered after its disconnection)', () => {
    const registry = new RoomRegistry();
    const gone = member('gone');
    registry.add(gone);
    registry.remove(gone);
    registry.join(gone, 'challenge:1');
    expect(registry.audience(['challenge:1'])).toEqual([]);
    expect(gone.rooms).toEqual([]);
  });
});
