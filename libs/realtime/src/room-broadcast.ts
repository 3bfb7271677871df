import WebSocket from 'ws';
import type { Frame, Member, RoomRegistry } from './room-registry';

/**
 * Broadcasting one event to thousands of sockets, at the cost of a raw `ws` broadcast.
 *
 * socket.io encodes a broadcast once, but then runs engine.io's per-packet machinery for every
 * socket: a packet object, a write buffer, four events and a flush each. Measured on the fan-out
 * bench, that was where socket.io spent its extra CPU over raw `ws`. Here the event is encoded
 * once, framed once as engine.io's WebSocket transport would frame it ("4" message + "2"
 * socket.io EVENT on the main namespace, one unmasked text frame), and that one buffer is
 * written to each member's WebSocket (`Member.deliver`).
 */

// ws exports its frame builder (as socket.io-adapter uses it) without typing it.
const { Sender } = WebSocket as unknown as { Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] } };

/** One unmasked, unfragmented text frame holding `text`, header included. */
export function textFrame(text: string): Buffer {
  const [header, payload] = Sender.frame(Buffer.from(text), { readOnly: false, mask: false, rsv1: false, opcode: 1, fin: true });
  return payload ? Buffer.concat([header, payload]) : header;
}

export function frameOf(type: string, event: unknown): Frame {
  const packet = `2${JSON.stringify([type, event])}`;
  return { packet, wire: textFrame(`4${packet}`) };
}

/** Members written to per turn of the event loop (a few milliseconds of work). */
const MEMBERS_PER_TURN = 500;
/** Broadcasts waiting that go out together, as one write per member (and their bytes at most). */
const GROUP_FRAMES = 32;
const GROUP_BYTES = 64 * 1024;

interface Broadcast {
  rooms: string[];
  frame: Frame;
}

/**
 * Delivers frames to the members of this instance in any of their rooms (once each: a member in
 * two of the rooms gets it once), one broadcast after the other so each member receives them in
 * order, MEMBERS_PER_TURN members per turn of the event loop. A broadcast to 10,000 sockets takes
 * tens of milliseconds of CPU: done in one go, every database answer the relay waits for (and
 * pings, joins, GraphQL requests) would wait behind it, at every step.
 *
 * When broadcasts pile up (the process gets less CPU than they need), the ones waiting go out
 * together: each member gets those of them it follows in one write, the frames end to end (one
 * shared buffer when it follows them all), instead of one write, so one system call, per
 * broadcast: a server that falls behind catches up for less.
 */
export class BroadcastQueue {
  private readonly pending: Broadcast[] = [];
  private current: { members: Member[]; next: number; group: Broadcast[]; frames: Frame[]; wire: Buffer } | null = null;
  private scheduled = false;
  private stopped = false;

  constructor(private readonly registry: RoomRegistry) {}

  push(rooms: string[], frame: Frame): void {
    if (this.stopped) return;
    this.pending.push({ rooms, frame });
    this.schedule();
  }

  /** Drops what is waiting: the server is stopping. */
  stop(): void {
    this.stopped = true;
    this.pending.length = 0;
    this.current = null;
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.turn();
    });
  }

  private turn(): void {
    let budget = MEMBERS_PER_TURN;
    while (budget > 0) {
      if (!this.current) {
        if (this.pending.length === 0) return;
        const group = this.takeGroup();
        const frames = group.map((broadcast) => broadcast.frame);
        // The audience is taken when the broadcast starts: who is in the rooms now.
        const members = this.registry.audience([...new Set(group.flatMap((broadcast) => broadcast.rooms))]);
        this.current = { members, next: 0, group, frames, wire: frames.length === 1 ? frames[0].wire : Buffer.concat(frames.map((frame) => frame.wire)) };
      }
      const { members, group, frames, wire } = this.current;
      const end = Math.min(members.length, this.current.next + budget);
      for (let i = this.current.next; i < end; i++) {
        const member = members[i];
        if (!member.live) continue;
        if (group.length === 1) member.deliver(frames, wire);
        else deliverGroup(member, group, frames, wire);
      }
      budget -= end - this.current.next;
      this.current.next = end;
      if (end === members.length) this.current = null;
    }
    this.schedule();
  }

  private takeGroup(): Broadcast[] {
    let count = 0;
    let bytes = 0;
    while (count < this.pending.length && count < GROUP_FRAMES && (count === 0 || bytes + this.pending[count].frame.wire.length <= GROUP_BYTES)) {
      bytes += this.pending[count].frame.wire.length;
      count++;
    }
    return this.pending.splice(0, count);
  }
}

/** Several broadcasts to one member: those it follows (by its rooms now), in order, in one write. */
function deliverGroup(member: Member, group: Broadcast[], frames: Frame[], wire: Buffer): void {
  const rooms = member.rooms;
  const mine = group.filter((broadcast) => broadcast.rooms.some((room) => rooms.includes(room)));
  if (mine.length === 0) return;
  if (mine.length === group.length) return member.deliver(frames, wire);
  const own = mine.map((broadcast) => broadcast.frame);
  member.deliver(own, own.length === 1 ? own[0].wire : Buffer.concat(own.map((frame) => frame.wire)));
}
