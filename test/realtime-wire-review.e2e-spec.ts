import { createServer, Server as HttpServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { RoomRegistry } from '../libs/realtime/src/room-registry';
import { WireServer, WireTimings } from '../libs/realtime/src/socket-io-wire.server';

// Review: the wire server next to socket.io 4.8 itself, same timings, same client library.

const timings: WireTimings = { pingIntervalMs: 300, pingTimeoutMs: 300, connectTimeoutMs: 5_000, sweepMs: 20 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  url: string;
  registry: RoomRegistry;
  close(): Promise<void>;
}

type Kind = 'socket.io' | 'wire';

async function start(kind: Kind, authDelayMs = 0): Promise<Harness> {
  const http: HttpServer = createServer();
  const registry = new RoomRegistry();
  let stop: () => void;
  if (kind === 'wire') {
    const wire = new WireServer(
      {
        authenticate: async () => {
          await sleep(authDelayMs);
          return null;
        },
        refusal: () => ({ message: 'no' }),
        connected: (member) => registry.add(member),
        event: (member, name, args, ack) => {
          if (name === 'echo') ack?.(args[0]);
          if (name === 'kick') member.disconnect();
        },
        disconnected: (member) => registry.remove(member),
      },
      timings,
    );
    wire.route(http, '/socket.io/', []);
    stop = () => wire.close();
  } else {
    const server = new Server(http, { pingInterval: timings.pingIntervalMs, pingTimeout: timings.pingTimeoutMs, connectTimeout: timings.connectTimeoutMs, transports: ['websocket'] });
    server.use((_socket, next) => void sleep(authDelayMs).then(() => next()));
    server.on('connection', (socket) => {
      socket.on('echo', (value: unknown, ack?: (v: unknown) => void) => ack?.(value));
      socket.on('kick', () => socket.disconnect(true));
    });
    stop = () => server.close();
  }
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    registry,
    close: async () => {
      stop();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

function connectedOrError(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

describe.each<Kind>(['socket.io', 'wire'])('review: %s', (kind) => {
  let clients: Socket[] = [];
  let harness: Harness | null = null;
  afterEach(async () => {
    clients.forEach((client) => client.close());
    clients = [];
    await harness?.close();
    harness = null;
  });

  // engine.io schedules the first ping when the session opens; socket.io-client's ping timer
  // (pingInterval + pingTimeout) also starts at the open packet. The wire server schedules the
  // first ping only once the CONNECT's auth has resolved.
  it('keeps a client whose CONNECT took a while to authenticate (first ping timed from the open packet)', async () => {
    harness = await start(kind, 450);
    const client = io(harness.url, { transports: ['websocket'], forceNew: true, reconnection: false });
    clients.push(client);
    const reasons: string[] = [];
    client.on('disconnect', (reason) => reasons.push(reason));
    await connectedOrError(client);
    await sleep(1_500);
    expect(reasons).toEqual([]);
    expect(client.connected).toBe(true);
  });

  it('keeps a client whose auth callback answers late (e.g. fetching a fresh token)', async () => {
    harness = await start(kind);
    const client = io(harness.url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: (cb) => void sleep(450).then(() => cb({ token: '' })),
    });
    clients.push(client);
    const reasons: string[] = [];
    client.on('disconnect', (reason) => reasons.push(reason));
    await connectedOrError(client);
    await sleep(1_500);
    expect(reasons).toEqual([]);
  });

  // engine.io 6.6: any packet received while waiting for a pong refreshes the ping timeout once
  // (a busy client whose pong is queued behind its own messages is alive).
  it('keeps a client whose pong is late but which keeps sending while it is awaited', async () => {
    harness = await start(kind);
    const ws = new WebSocket(`${harness.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    let connected = false;
    let pings = 0;
    ws.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send('40');
      else if (text.startsWith('40')) connected = true;
      else if (text === '2') {
        pings++;
        // Busy: sends an event 200 ms into the wait, the pong only at 450 ms (> pingTimeout 300).
        setTimeout(() => ws.readyState === WebSocket.OPEN && ws.send('42["echo",1]'), 200);
        setTimeout(() => ws.readyState === WebSocket.OPEN && ws.send('3'), 450);
      }
    });
    const outcome = await Promise.race([closed.then((code) => `closed ${code}`), sleep(2_000).then(() => 'open')]);
    ws.terminate();
    expect(connected).toBe(true);
    expect(pings).toBeGreaterThanOrEqual(2);
    expect(outcome).toBe('open');
  });

  it('multiplexes / and /x on one Manager; disconnect() then connect() on it; server disconnect does not reconnect', async () => {
    harness = await start(kind);
    const url = harness.url;
    const main = io(url, { transports: ['websocket'], reconnectionDelay: 50 });
    const other = io(`${url}/x`, { transports: ['websocket'], reconnectionDelay: 50 });
    clients.push(main, other);
    expect(main.io).toBe(other.io);
    const [, refused] = await Promise.all([connectedOrError(main), connectedOrError(other).catch((e: Error) => e)]);
    expect((refused as Error).message).toBe('Invalid namespace');
    expect(await main.timeout(1_000).emitWithAck('echo', 1)).toBe(1);
    const firstId = main.id;
    main.disconnect();
    main.connect();
    await connectedOrError(main);
    expect(main.id).not.toBe(firstId);
    expect(await main.timeout(1_000).emitWithAck('echo', 2)).toBe(2);
    const reason = new Promise<string>((resolve) => main.once('disconnect', resolve));
    let attempts = 0;
    main.io.on('reconnect_attempt', () => attempts++);
    main.emit('kick');
    expect(await reason).toBe('io server disconnect');
    await sleep(300);
    expect(attempts).toBe(0);
    expect(main.connected).toBe(false);
    main.connect();
    await connectedOrError(main);
    expect(await main.timeout(1_000).emitWithAck('echo', 3)).toBe(3);
  });
});

describe('review: stopping the API while its clients reconnect', () => {
  it.each(['websocket', 'polling'] as const)('stops promptly with a reconnecting %s client', async (transport) => {
    const { createTestApp } = await import('./setup/test-app');
    const stopping = await createTestApp();
    const client = io(stopping.url, { transports: [transport], forceNew: true, reconnectionDelay: 100, reconnectionDelayMax: 200 });
    const connects: number[] = [];
    const started = Date.now();
    client.on('connect', () => connects.push(Date.now() - started));
    await connectedOrError(client);
    const closing = Date.now();
    await stopping.close();
    const took = Date.now() - closing;
    client.close();
    // eslint-disable-next-line no-console
    console.log(transport, 'close took', took, 'ms; connects at', connects, 'closing started at', closing - started);
    expect(connects.length).toBe(1);
    expect(took).toBeLessThan(5_000);
  }, 60_000);
});
