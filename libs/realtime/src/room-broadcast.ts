import type { Namespace, Socket } from 'socket.io';
import WebSocket from 'ws';

/**
 * Broadcasting one event to thousands of sockets, at the cost of a raw `ws` broadcast.
 *
 * socket.io already encodes a broadcast once (and pre-frames it for WebSocket), but then runs
 * engine.io's per-packet machinery for every socket: a packet object, a write buffer, four
 * events and a flush each. Measured on the fan-out bench, that is where socket.io spends its
 * extra CPU over raw `ws`. Here the event is encoded once, framed once as engine.io's
 * WebSocket transport would frame it ("4" message + "2" socket.io EVENT on the main
 * namespace, one unmasked text frame), and that one buffer is written to each socket's
 * WebSocket. A socket engine.io is still busy with (packets waiting in its write buffer, an
 * upgrade, a polling transport) takes engine.io's ordinary path instead, so per-socket order
 * is kept: everything engine.io had queued for it was already handed to the WebSocket.
 */
export interface Frame {
  /** The socket.io packet ("2[…]") for engine.io's ordinary path. */
  packet: string;
  /** The whole WebSocket frame, header included, for the direct path. */
  wire: Buffer;
}

// ws exports its frame builder (as socket.io-adapter uses it) without typing it.
const { Sender } = WebSocket as unknown as { Sender: { frame(data: Buffer, options: Record<string, unknown>): Buffer[] } };

export function frameOf(type: string, event: unknown): Frame {
  const packet = `2${JSON.stringify([type, event])}`;
  const data = Buffer.from(`4${packet}`);
  const [header, payload] = Sender.frame(data, { readOnly: false, mask: false, rsv1: false, opcode: 1, fin: true });
  return { packet, wire: payload ? Buffer.concat([header, payload]) : header };
}

/** engine.io internals the direct path relies on (not part of its typed API). */
interface EngineSocket {
  readyState: string;
  upgrading: boolean;
  writeBuffer: unknown[];
  transport: {
    name: string;
    perMessageDeflate?: unknown;
    /** The `ws` WebSocket (websocket transport only). */
    socket?: { readyState: number; bufferedAmount: number; _sender?: { sendFrame(list: Buffer[]): void } };
  };
  write(data: string, options: Record<string, unknown>): void;
}

const OPEN = 1;

export function engineOf(socket: Socket): EngineSocket {
  return socket.conn as unknown as EngineSocket;
}

/** The socket's `ws` WebSocket when a frame can be written to it directly (see above), else null. */
function direct(socket: Socket): EngineSocket['transport']['socket'] | null {
  const conn = engineOf(socket);
  const transport = conn.transport;
  const ws = transport.socket;
  const ready = transport.name === 'websocket' && !transport.perMessageDeflate && !conn.upgrading && conn.writeBuffer.length === 0 && ws?.readyState === OPEN && ws._sender;
  return ready ? ws : null;
}

function deliver(socket: Socket, frame: Frame): void {
  const conn = engineOf(socket);
  if (conn.readyState !== 'open') return;
  const ws = direct(socket);
  // What engine.io's WebSocket transport itself does with a pre-encoded frame.
  if (ws) ws._sender!.sendFrame([frame.wire]);
  else conn.write(frame.packet, {});
}

/** Sockets written to per turn of the event loop (a few milliseconds of work). */
const SOCKETS_PER_TURN = 500;
/** Broadcasts waiting that go out together, as one write per socket (and their bytes at most). */
const GROUP_FRAMES = 32;
const GROUP_BYTES = 64 * 1024;

interface Broadcast {
  rooms: string[];
  frame: Frame;
}

/**
 * Delivers frames to the sockets of this instance in any of their rooms (once each: a socket in
 * two of the rooms is reached through the first), one broadcast after the other so each socket
 * receives them in order, SOCKETS_PER_TURN sockets per turn of the event loop. A broadcast to
 * 10,000 sockets takes about 100 ms of CPU: done in one go, every database answer the relay
 * waits for (and pings, joins, GraphQL requests) would wait behind it, at every step.
 *
 * When broadcasts pile up (the process gets less CPU than they need), the ones waiting go out
 * together: each socket gets those of them it follows in one write, the frames end to end (one
 * shared buffer when it follows them all), instead of one write, so one system call, per
 * broadcast: a server that falls behind catches up for less. (engine.io batches a busy socket's
 * packets too, into one writev.)
 */
export class BroadcastQueue {
  private readonly pending: Broadcast[] = [];
  private current: { ids: string[]; next: number; group: Broadcast[]; wire: Buffer } | null = null;
  private scheduled = false;

  constructor(private readonly namespace: () => Namespace | null) {}

  push(rooms: string[], frame: Frame): void {
    this.pending.push({ rooms, frame });
    this.schedule();
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
    const namespace = this.namespace();
    if (!namespace) {
      this.pending.length = 0;
      this.current = null;
      return;
    }
    let budget = SOCKETS_PER_TURN;
    while (budget > 0) {
      if (!this.current) {
        if (this.pending.length === 0) return;
        const group = this.takeGroup();
        // The audience is taken when the broadcast starts: who is in the rooms now.
        const ids = audience(namespace, [...new Set(group.flatMap((broadcast) => broadcast.rooms))]);
        this.current = { ids, next: 0, group, wire: group.length === 1 ? group[0].frame.wire : Buffer.concat(group.map((b) => b.frame.wire)) };
      }
      const { ids, group, wire } = this.current;
      const end = Math.min(ids.length, this.current.next + budget);
      for (let i = this.current.next; i < end; i++) {
        const socket = namespace.sockets.get(ids[i]);
        if (!socket) continue;
        if (group.length === 1) deliver(socket, group[0].frame);
        else deliverGroup(socket, group, wire);
      }
      budget -= end - this.current.next;
      this.current.next = end;
      if (end === ids.length) this.current = null;
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

/** Several broadcasts to one socket: those it follows (by its rooms now), in order, in one write when it can. */
function deliverGroup(socket: Socket, group: Broadcast[], wire: Buffer): void {
  if (engineOf(socket).readyState !== 'open') return;
  const rooms = socket.rooms;
  const mine = group.filter((broadcast) => broadcast.rooms.some((room) => rooms.has(room)));
  if (mine.length === 0) return;
  if (mine.length === 1) return deliver(socket, mine[0].frame);
  const ws = direct(socket);
  if (ws) ws._sender!.sendFrame([mine.length === group.length ? wire : Buffer.concat(mine.map((broadcast) => broadcast.frame.wire))]);
  else for (const broadcast of mine) engineOf(socket).write(broadcast.frame.packet, {});
}

/** The ids of the sockets in any of `rooms`, each once. */
export function audience(namespace: Namespace, rooms: string[]): string[] {
  const members = rooms.map((room) => namespace.adapter.rooms.get(room)).filter((ids) => ids !== undefined);
  if (members.length === 1) return [...members[0]];
  const ids: string[] = [];
  members.forEach((room, index) => {
    const earlier = members.slice(0, index);
    for (const id of room) if (!earlier.some((other) => other.has(id))) ids.push(id);
  });
  return ids;
}

/** Bytes and packets waiting to reach a socket: what a slow consumer piles up. */
export function backlogOf(socket: Socket): { packets: number; bytes: number } {
  const conn = engineOf(socket);
  return { packets: conn.writeBuffer.length, bytes: conn.transport.socket?.bufferedAmount ?? 0 };
}
