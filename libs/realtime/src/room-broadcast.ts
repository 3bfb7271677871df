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

function deliver(socket: Socket, frame: Frame): void {
  const conn = engineOf(socket);
  if (conn.readyState !== 'open') return;
  const transport = conn.transport;
  const ws = transport.socket;
  if (transport.name === 'websocket' && !transport.perMessageDeflate && !conn.upgrading && conn.writeBuffer.length === 0 && ws?.readyState === OPEN && ws._sender) {
    // What engine.io's WebSocket transport itself does with a pre-encoded frame.
    ws._sender.sendFrame([frame.wire]);
  } else {
    conn.write(frame.packet, {});
  }
}

/**
 * Delivers a frame to the sockets of this instance in any of `rooms`, once each (a socket in
 * two of the rooms is reached through the first).
 */
export function broadcastLocally(namespace: Namespace, rooms: string[], frame: Frame): number {
  const members = rooms.map((room) => namespace.adapter.rooms.get(room)).filter((ids) => ids !== undefined);
  let sent = 0;
  members.forEach((ids, index) => {
    const earlier = members.slice(0, index);
    for (const id of ids) {
      if (earlier.length && earlier.some((room) => room.has(id))) continue;
      const socket = namespace.sockets.get(id);
      if (socket) {
        deliver(socket, frame);
        sent++;
      }
    }
  });
  return sent;
}

/** Bytes and packets waiting to reach a socket: what a slow consumer piles up. */
export function backlogOf(socket: Socket): { packets: number; bytes: number } {
  const conn = engineOf(socket);
  return { packets: conn.writeBuffer.length, bytes: conn.transport.socket?.bufferedAmount ?? 0 };
}
