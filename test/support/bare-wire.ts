import { createServer, Server as HttpServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { RoomRegistry } from '../../libs/realtime/src/room-registry';
import { WireHandlers, WireServer, WireTimings } from '../../libs/realtime/src/socket-io-wire.server';

/** Pollen's wire server on a bare HTTP server, with its own registry: the protocol without the API. */
export interface BareWire {
  url: string;
  wire: WireServer;
  registry: RoomRegistry;
  close(): Promise<void>;
}

/**
 * Members go into the registry on CONNECT (signed-in ones into their `user:` room, as the
 * gateway does) and out of it when they leave; `authenticate`, `refusal` and `event` are the
 * test's. Anonymous, refusing nobody and ignoring every event unless told otherwise.
 */
export async function startBareWire(options: Partial<Pick<WireHandlers, 'authenticate' | 'refusal' | 'event'>> & { timings?: WireTimings }): Promise<BareWire> {
  const http: HttpServer = createServer();
  const registry = new RoomRegistry();
  const wire = new WireServer(
    {
      authenticate: options.authenticate ?? (async () => null),
      refusal: options.refusal ?? (() => ({ message: 'refused' })),
      connected: (member) => {
        registry.add(member);
        if (member.viewer) registry.join(member, `user:${member.viewer.userId}`);
      },
      event: options.event ?? (() => undefined),
      disconnected: (member) => registry.remove(member),
    },
    options.timings,
  );
  wire.route(http, '/socket.io/', []);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    wire,
    registry,
    close: async () => {
      wire.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}
