import type { Server as HttpServer } from 'node:http';
import { Server, type Socket } from 'socket.io';
import type { PollenConfig } from '@pollen/config';
import { SocketIoMember } from './socket-io.member';
import { WireHandlers, WireServer } from './socket-io-wire.server';
import { MAX_SOCKET_MESSAGE_BYTES } from './realtime.constant';

/** What both servers ask of the gateway: the wire server's handlers, the client's address required. */
export type MemberHandlers = WireHandlers & Required<Pick<WireHandlers, 'addressOf'>>;

/**
 * The servers that carry realtime clients on the API's HTTP server, and which upgrade goes to
 * which. With REALTIME_WIRE=pollen (the default), a client opening straight on WebSocket is served
 * by Pollen's wire server (socket-io-wire.server.ts) and every other request on socket.io's path
 * (long-polling, a polling session upgrading) by socket.io; with REALTIME_WIRE=socket.io, stock
 * socket.io serves every client (docs/decisions/0005-socket-io-wire-server.md). Either way both
 * hand the gateway `Member`s through the same handlers, and socket.io's server is the one the
 * Redis adapter links to the other instances.
 */
export class SocketServers {
  readonly io: Server;
  private readonly wire: WireServer | null = null;

  constructor(http: HttpServer, setting: PollenConfig['realtimeWire'], handlers: MemberHandlers) {
    const before = new Set(http.listeners('upgrade'));
    this.io = new Server(http, {
      serveClient: false,
      perMessageDeflate: false,
      maxHttpBufferSize: MAX_SOCKET_MESSAGE_BYTES,
      cors: { origin: false },
    });
    if (setting === 'pollen') {
      this.wire = new WireServer(handlers);
      // socket.io's engine listens for upgrades itself: the wire server takes them over and hands
      // it those that are not a plain WebSocket client's.
      const engine = http.listeners('upgrade').filter((listener) => !before.has(listener));
      this.wire.route(http, this.io.path() + '/', engine as Array<(...args: unknown[]) => void>);
    }
    this.io.use((socket, next) => {
      const address = handlers.addressOf(socket.request);
      handlers.authenticate(socket.handshake.auth, address).then(
        (viewer) => {
          socket.data = new SocketIoMember(socket, viewer, address);
          next();
        },
        (error: unknown) => next(Object.assign(new Error(), handlers.refusal(error))),
      );
    });
    // The same two listeners for every socket: socket.io calls them with the socket as `this`, and
    // its member is in `socket.data` (no closures per socket).
    const onEvent = function (this: Socket, name: string, ...args: unknown[]): void {
      const ack = typeof args[args.length - 1] === 'function' ? (args.pop() as (answer: unknown) => void) : null;
      handlers.event(this.data as SocketIoMember, name, args, ack);
    };
    const onDisconnect = function (this: Socket): void {
      handlers.disconnected(this.data as SocketIoMember);
    };
    this.io.on('connection', (socket) => {
      handlers.connected(socket.data as SocketIoMember);
      socket.onAny(onEvent);
      socket.on('disconnect', onDisconnect);
    });
  }

  /** Closes every client connection of this instance; the HTTP server is Nest's, which closes it itself. */
  close(): void {
    this.wire?.close();
    this.io.engine.close();
  }
}
