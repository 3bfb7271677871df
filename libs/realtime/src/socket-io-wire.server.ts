import { randomBytes } from 'node:crypto';
import type { IncomingMessage, Server as HttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import { decodePacket } from 'engine.io-parser';
import { Decoder, Packet, PacketType } from 'socket.io-parser';
import WebSocket, { WebSocketServer } from 'ws';
import type { Viewer } from '@pollen/kernel';
import type { Frame, Member } from './room-registry';
import { textFrame } from './room-broadcast';
import { MAX_SOCKET_MESSAGE_BYTES, WIRE_CONNECT_TIMEOUT_MS, WIRE_PING_INTERVAL_MS, WIRE_PING_TIMEOUT_MS, WIRE_SWEEP_MS } from './realtime.constant';

/**
 * Pollen's server of socket.io's wire protocol for plain WebSocket clients.
 *
 * socket.io-client opened with `transports: ['websocket']` (what Pollen's web client and the
 * README's example use) sends one HTTP upgrade, `GET /socket.io/?EIO=4&transport=websocket`, and
 * from then on speaks engine.io 4 packets holding socket.io 5 packets, one per WebSocket
 * message. This server answers that upgrade with a `ws` WebSocket and speaks the protocol
 * itself; everything else on socket.io's path (long-polling, a polling session upgrading to
 * WebSocket) goes on to socket.io, which the gateway keeps for those clients.
 *
 * Why: at 10,000 connections socket.io, engine.io and ws keep about 9 KiB of heap per socket
 * (two dozen objects, a dozen bound functions, two timers each) where a bare `ws` WebSocket keeps
 * 2.5, and engine.io's per-socket timers and packet machinery put its p99 at twice raw `ws`'s.
 * Here a connection is the WebSocket itself (`WireSocket` extends ws's class, so no object is
 * added), its listeners are shared by every socket, and one timer sweeps all sockets for pings
 * and connect timeouts. The packets are decoded by socket.io's own parsers (engine.io-parser,
 * socket.io-parser), so what is accepted and refused is what socket.io accepts and refuses.
 *
 * The protocol as served (engine.io 4, socket.io 5, main namespace only):
 * - open: `0{"sid","upgrades":[],"pingInterval","pingTimeout","maxPayload"}` on connection;
 * - connect: the client sends `40{auth}`; the answer is `40{"sid"}`, or `44{"message","data"}`
 *   (`connect_error` on the client); another namespace gets `44/nsp,{"message":"Invalid namespace"}`;
 * - events `42[name, …args]`, with an acknowledgement id `42<id>[…]` answered `43<id>[answer]`;
 * - heartbeat: the server sends `2` every pingInterval, the client answers `3` within pingTimeout;
 * - `41` from the client leaves the namespace and ends the connection; from the server it is
 *   `io server disconnect`;
 * - binary packets (`45`, `46`) and binary frames are refused: Pollen's events are JSON.
 * A protocol error closes the connection, as socket.io does.
 */

/** What the wire server asks of the gateway. */
export interface WireHandlers {
  /** The viewer of a CONNECT packet's `auth`, from the client at `address`; rejects with `{ message, data }` to refuse it. */
  authenticate(auth: unknown, address: string): Promise<Viewer | null>;
  /** The client's address, as the gateway counts connections (the TCP peer unless told). */
  addressOf?(request: IncomingMessage): string;
  /** Turns a refusal into the `connect_error` the client receives. */
  refusal(error: unknown): { message: string; data?: unknown };
  connected(member: Member): void;
  event(member: Member, name: string, args: unknown[], ack: ((answer: unknown) => void) | null): void;
  disconnected(member: Member): void;
}

/** Heartbeat and timeouts; the defaults are socket.io's, which its clients expect. */
export interface WireTimings {
  pingIntervalMs: number;
  pingTimeoutMs: number;
  connectTimeoutMs: number;
  /** How often one timer checks every socket for a ping or a timeout due. */
  sweepMs: number;
}

const DEFAULT_TIMINGS: WireTimings = {
  pingIntervalMs: WIRE_PING_INTERVAL_MS,
  pingTimeoutMs: WIRE_PING_TIMEOUT_MS,
  connectTimeoutMs: WIRE_CONNECT_TIMEOUT_MS,
  sweepMs: WIRE_SWEEP_MS,
};

const enum State {
  /** Open, waiting for the client's CONNECT. */
  Waiting,
  /** CONNECT received, its auth being checked. */
  Connecting,
  Connected,
  Gone,
}

const enum Pong {
  /** No ping waiting for its answer. */
  None,
  Awaited,
  /** Awaited, and its timeout already extended once because the client sent something else meanwhile. */
  AwaitedExtended,
}

const OPEN = WebSocket.OPEN;
/** engine.io ping ("2") and socket.io DISCONNECT on the main namespace ("4" + "1"), framed once. */
const PING = textFrame('2');
const SERVER_DISCONNECT = textFrame('41');

/**
 * One client connection: the `ws` WebSocket itself, with what the protocol and Pollen keep per
 * connection. ws creates it (the server's `WebSocket` option), so its constructor is ws's.
 */
export class WireSocket extends WebSocket implements Member {
  id = '';
  viewer: Viewer | null = null;
  address = '';
  joinDueAt = 0;
  readonly rooms: string[] = [];
  wire: WireServer | null = null;
  state = State.Waiting;
  /** When the heartbeat acts next: the next ping, or the end of the wait for a pong. */
  due = 0;
  heartbeat = Pong.None;
  /** Until when the client may send its CONNECT. */
  connectBy = 0;

  get live(): boolean {
    return this.state === State.Connected && this.readyState === OPEN;
  }

  deliver(_frames: readonly Frame[], wire: Buffer): void {
    if (this.readyState === OPEN) sender(this).sendFrame([wire]);
  }

  notify(type: string, payload: unknown): void {
    if (this.readyState === OPEN) this.send(`42${JSON.stringify([type, payload])}`);
  }

  backlog(): { packets: number; bytes: number } {
    return { packets: 0, bytes: this.bufferedAmount };
  }

  disconnect(): void {
    if (this.state === State.Gone) return;
    if (this.readyState === OPEN) sender(this).sendFrame([SERVER_DISCONNECT]);
    this.wire?.forget(this);
    this.close(1000);
  }
}

function sender(socket: WebSocket): { sendFrame(list: Buffer[]): void } {
  return (socket as unknown as { _sender: { sendFrame(list: Buffer[]): void } })._sender;
}

// The same three listeners for every socket: ws calls them with the socket as `this`.
function onMessage(this: WireSocket, data: WebSocket.RawData, isBinary: boolean): void {
  this.wire?.receive(this, data, isBinary);
}
function onClose(this: WireSocket): void {
  this.wire?.forget(this);
  this.wire = null;
}
function onError(): void {
  // ws closes the connection after an error (a frame too big: 1009); the close is what counts.
}

// socket.io's decoder, shared: it keeps state only while it reassembles a binary packet, and
// binary packets are refused before they reach it.
const decoder = new Decoder();
let decoded: Packet | null = null;
decoder.on('decoded', (packet: Packet) => (decoded = packet));

function decodeSocketIo(text: string): Packet | null {
  const type = text.charCodeAt(0) - 48;
  if (type === PacketType.BINARY_EVENT || type === PacketType.BINARY_ACK) return null;
  decoded = null;
  try {
    decoder.add(text);
  } catch {
    return null;
  }
  return decoded;
}

export class WireServer {
  private readonly wss = new WebSocketServer({
    noServer: true,
    clientTracking: false,
    perMessageDeflate: false,
    maxPayload: MAX_SOCKET_MESSAGE_BYTES,
    WebSocket: WireSocket as unknown as typeof WebSocket,
  });
  private readonly sockets = new Set<WireSocket>();
  private readonly sweeper: NodeJS.Timeout;
  private closed = false;

  constructor(
    private readonly handlers: WireHandlers,
    private readonly timings: WireTimings = DEFAULT_TIMINGS,
  ) {
    this.sweeper = setInterval(() => this.sweep(), timings.sweepMs);
    this.sweeper.unref();
  }

  /**
   * Takes the HTTP upgrades of plain socket.io WebSocket clients on `path`, and hands every other
   * upgrade to `others` (socket.io's engine, which was listening for them).
   */
  route(http: HttpServer, path: string, others: Array<(...args: unknown[]) => void>): void {
    for (const listener of others) http.removeListener('upgrade', listener);
    http.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
      if (isPlainWebSocket(request.url ?? '', path)) this.upgrade(request, socket, head);
      else for (const listener of others) listener.call(http, request, socket, head);
    });
  }

  get size(): number {
    return this.sockets.size;
  }

  /** Stops: closes every connection ("going away": socket.io-client reconnects, to another instance behind a balancer). */
  close(): void {
    this.closed = true;
    clearInterval(this.sweeper);
    for (const socket of [...this.sockets]) {
      this.forget(socket);
      socket.close(1001);
    }
  }

  receive(socket: WireSocket, data: WebSocket.RawData, isBinary: boolean): void {
    if (isBinary) return this.protocolError(socket);
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- a text frame: one Buffer
    const packet = decodePacket(data.toString());
    // engine.io's leniency: a client that sends something while its pong is awaited is alive
    // (its pong may be queued behind what it sends), so the wait is extended, once.
    if (socket.heartbeat === Pong.Awaited && packet.type !== 'pong') {
      socket.heartbeat = Pong.AwaitedExtended;
      socket.due = Date.now() + this.timings.pingTimeoutMs;
    }
    switch (packet.type) {
      case 'message':
        return typeof packet.data === 'string' ? this.onPacket(socket, packet.data) : this.protocolError(socket);
      case 'pong':
        if (socket.heartbeat !== Pong.None) {
          socket.heartbeat = Pong.None;
          socket.due = Date.now() + this.timings.pingIntervalMs;
        }
        return;
      case 'close':
        this.forget(socket);
        socket.close(1000);
        return;
      case 'noop':
        return;
      default:
        return this.protocolError(socket);
    }
  }

  /** The socket is gone (closed by either side, or disconnected by the server): out of its rooms. */
  forget(socket: WireSocket): void {
    const state = socket.state;
    socket.state = State.Gone;
    if (state === State.Gone) return;
    this.sockets.delete(socket);
    if (state === State.Connected) this.handlers.disconnected(socket);
  }

  private upgrade(request: IncomingMessage, tcp: Duplex, head: Buffer): void {
    if (this.closed) {
      tcp.destroy();
      return;
    }
    const address = this.handlers.addressOf?.(request) ?? request.socket.remoteAddress ?? '';
    this.wss.handleUpgrade(request, tcp, head, (ws) => this.opened(ws as unknown as WireSocket, address));
  }

  private opened(socket: WireSocket, address: string): void {
    if (this.closed) {
      socket.terminate();
      return;
    }
    socket.wire = this;
    socket.address = address;
    socket.id = randomBytes(15).toString('base64url');
    // The heartbeat starts with the session, as engine.io's does (the client's own ping timer
    // starts at the open packet), whatever the CONNECT and its auth take.
    const now = Date.now();
    socket.due = now + this.timings.pingIntervalMs;
    socket.connectBy = now + this.timings.connectTimeoutMs;
    socket.on('message', onMessage as (...args: unknown[]) => void);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion -- needed: ws's overloads type `this`
    socket.on('close', onClose as () => void);
    socket.on('error', onError);
    this.sockets.add(socket);
    socket.send(
      `0${JSON.stringify({ sid: socket.id, upgrades: [], pingInterval: this.timings.pingIntervalMs, pingTimeout: this.timings.pingTimeoutMs, maxPayload: MAX_SOCKET_MESSAGE_BYTES })}`,
    );
  }

  private onPacket(socket: WireSocket, text: string): void {
    const packet = decodeSocketIo(text);
    if (!packet) return this.protocolError(socket);
    if (packet.nsp !== '/') {
      if (packet.type === PacketType.CONNECT) socket.send(`44${packet.nsp},${JSON.stringify({ message: 'Invalid namespace' })}`);
      return;
    }
    switch (packet.type) {
      case PacketType.CONNECT:
        // socket.io-client sends `40` alone when no `auth` is given: socket.io takes it as `{}`.
        if (socket.state === State.Waiting) this.connect(socket, packet.data ?? {});
        return;
      case PacketType.DISCONNECT:
        // Leaving the namespace ends the connection: it is the only one served (socket.io-client
        // closes its side after `41` too, and reconnects with a new connection). socket.io also
        // closes a connection whose DISCONNECT comes before its CONNECT was accepted.
        this.forget(socket);
        socket.close(1000);
        return;
      case PacketType.EVENT: {
        // socket.io closes a connection that sends events to a namespace it has not joined.
        if (socket.state !== State.Connected) return this.protocolError(socket);
        const [name, ...args] = packet.data as [string, ...unknown[]];
        const id = packet.id;
        const ack = id === undefined ? null : (answer: unknown) => {
          if (socket.state === State.Connected && socket.readyState === OPEN) socket.send(`43${id}${JSON.stringify([answer])}`);
        };
        this.handlers.event(socket, name, args, ack);
        return;
      }
      default:
        // ACK: Pollen never asks clients for acknowledgements.
        return;
    }
  }

  private connect(socket: WireSocket, auth: unknown): void {
    socket.state = State.Connecting;
    this.handlers.authenticate(auth, socket.address).then(
      (viewer) => {
        if (socket.state !== State.Connecting || socket.readyState !== OPEN) return;
        socket.viewer = viewer;
        socket.state = State.Connected;
        this.handlers.connected(socket);
        socket.send(`40${JSON.stringify({ sid: socket.id })}`);
      },
      (error: unknown) => {
        if (socket.state !== State.Connecting || socket.readyState !== OPEN) return;
        socket.state = State.Waiting;
        socket.send(`44${JSON.stringify(this.handlers.refusal(error))}`);
      },
    );
  }

  private protocolError(socket: WireSocket): void {
    this.forget(socket);
    socket.close(1002);
  }

  /** Pings, pong timeouts and connect timeouts of every socket, one timer for all of them. */
  private sweep(): void {
    const now = Date.now();
    for (const socket of this.sockets) {
      const late = socket.state !== State.Connected && now >= socket.connectBy;
      if (!late && now < socket.due) continue;
      if (late || socket.heartbeat !== Pong.None) {
        // No CONNECT in time, or no answer to the last ping: the client is gone or not socket.io.
        this.forget(socket);
        socket.terminate();
        continue;
      }
      if (socket.readyState !== OPEN) continue;
      socket.heartbeat = Pong.Awaited;
      socket.due = now + this.timings.pingTimeoutMs;
      sender(socket).sendFrame([PING]);
    }
  }
}

/** `GET <path>?EIO=4&transport=websocket` without a session id: a client opening straight on WebSocket. */
export function isPlainWebSocket(url: string, path: string): boolean {
  if (!url.startsWith(path)) return false;
  const query = new URLSearchParams(url.slice(url.indexOf('?') + 1 || url.length));
  return query.get('EIO') === '4' && query.get('transport') === 'websocket' && !query.has('sid');
}
