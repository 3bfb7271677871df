import { createServer, Server as HttpServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Server, ServerOptions } from 'socket.io';
import { WebSocket, WebSocketServer } from 'ws';
import { BroadcastQueue, frameOf } from '../../../libs/realtime/src/room-broadcast';
import { RoomRegistry } from '../../../libs/realtime/src/room-registry';
import { SocketIoMember } from '../../../libs/realtime/src/socket-io.member';
import { WireServer } from '../../../libs/realtime/src/socket-io-wire.server';
import { serve, usage } from './child-rpc';

// The references the Pollen API is compared with, broadcasting the messages Pollen delivered
// (replayed at the same rate, stamped when each broadcast starts):
// - `ws`: a raw WebSocket server (ws 8, with bufferutil/utf-8-validate, no deflate) writing
//   one prepared buffer to every client, the fastest broadcast Node offers;
// - `socket.io`: a socket.io server with the given options (stock when none) whose clients join
//   one room, broadcast with `io.to(room).emit`, or with `framed`, through Pollen's own
//   broadcast (libs/realtime/src/room-broadcast.ts): each change measured alone, same run;
// - `wire`: Pollen's socket.io wire server (libs/realtime/src/socket-io-wire.server.ts) and
//   broadcast on a bare HTTP server: the API's delivery path without the relay and database.

const ROOM = 'bench';

interface Replay {
  /** [event name, event] pairs, as Pollen's clients received them. */
  messages: Array<[string, { occurredAt: string } & Record<string, unknown>]>;
  perSecond: number;
}

let http: HttpServer | null = null;
let wss: WebSocketServer | null = null;
let io: Server | null = null;
let framed: BroadcastQueue | null = null;
let wire: WireServer | null = null;
const registry = new RoomRegistry();

async function start(args: { kind: 'ws' | 'socket.io' | 'wire'; options?: Partial<ServerOptions>; dropRequest?: boolean; framed?: boolean }) {
  framed = args.framed || args.kind === 'wire' ? new BroadcastQueue(registry) : null;
  http = createServer();
  if (args.kind === 'ws') {
    wss = new WebSocketServer({ server: http, perMessageDeflate: false });
  } else if (args.kind === 'wire') {
    wire = new WireServer({
      authenticate: async () => null,
      refusal: () => ({ message: 'refused' }),
      connected: (member) => registry.add(member),
      event: (member, name, _args, ack) => {
        if (name !== 'join') return;
        registry.join(member, ROOM);
        ack?.({ ok: true, room: ROOM });
      },
      disconnected: (member) => registry.remove(member),
    });
    wire.route(http, '/socket.io/', []);
  } else {
    io = new Server(http, args.options ?? {});
    // socket.io's memory-usage page: the first HTTP request is kept per session unless dropped.
    if (args.dropRequest) io.engine.on('connection', (raw: { request: unknown }) => (raw.request = null));
    io.on('connection', (socket) => {
      const member = new SocketIoMember(socket, null, socket.handshake.address);
      socket.on('disconnect', () => registry.remove(member));
      socket.on('join', (_target: unknown, ack: (answer: unknown) => void) => {
        if (framed) {
          registry.add(member);
          registry.join(member, ROOM);
        } else void socket.join(ROOM);
        if (typeof ack === 'function') ack({ ok: true, room: ROOM });
      });
    });
  }
  await new Promise<void>((resolve) => http!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` };
}

function broadcastOne(name: string, event: Record<string, unknown>): void {
  if (wss) {
    // Serialised once; ws frames the same buffer for each client.
    const data = Buffer.from(JSON.stringify([name, event]));
    for (const client of wss.clients) if (client.readyState === WebSocket.OPEN) client.send(data, { binary: false });
  } else if (framed) {
    framed.push([ROOM], frameOf(name, event));
  } else {
    io!.to(ROOM).emit(name, event);
  }
}

/**
 * Replays the messages at a steady rate (an absolute schedule, so a slow send does not shift the
 * rest). Each message is stamped with the time it was due, not the time its broadcast started:
 * a server that falls behind its schedule (a broadcast to 10,000 sockets takes ~100 ms of CPU, ten
 * a second) must show the wait in its latencies, as Pollen's do, whose clock starts at the vote's
 * commit. `lateMs` is how far behind the schedule the last broadcast started.
 */
async function broadcast({ messages, perSecond }: Replay): Promise<{ sent: number; lateMs: number }> {
  const started = Date.now();
  let lateMs = 0;
  for (let i = 0; i < messages.length; i++) {
    const due = started + (i * 1000) / perSecond;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    lateMs = Math.max(0, Date.now() - due);
    const [name, event] = messages[i];
    broadcastOne(name, { ...event, occurredAt: new Date(due).toISOString() });
  }
  return { sent: messages.length, lateMs };
}

serve({ start, usage, broadcast }, async () => {
  wire?.close();
  io?.disconnectSockets(true);
  wss?.clients.forEach((client) => client.terminate());
  http?.closeAllConnections();
  http?.close();
});
