import { createServer } from 'node:http';
import { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { RoomRegistry } from '../../libs/realtime/src/room-registry';
import { WireTimings } from '../../libs/realtime/src/socket-io-wire.server';
import { startBareWire } from '../support/bare-wire';
import { connected } from '../support/sockets';

// The wire server beside socket.io 4.8 itself: same timings, same client library (or the same
// raw packets). Each scenario runs against both, so what the wire server is held to is what
// socket.io does.

const timings: WireTimings = { pingIntervalMs: 300, pingTimeoutMs: 600, connectTimeoutMs: 5_000, sweepMs: 20 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Harness {
  url: string;
  registry: RoomRegistry;
  close(): Promise<void>;
}

type Kind = 'socket.io' | 'wire';

/** A server answering `echo` and `kick` (a server-side disconnection), its CONNECT accepted after `authDelayMs`. */
async function start(kind: Kind, authDelayMs = 0): Promise<Harness> {
  if (kind === 'wire') {
    return startBareWire({
      timings,
      authenticate: async () => {
        await sleep(authDelayMs);
        return null;
      },
      event: (member, name, args, ack) => {
        if (name === 'echo') ack?.(args[0]);
        if (name === 'kick') member.disconnect();
      },
    });
  }
  const http = createServer();
  const server = new Server(http, { pingInterval: timings.pingIntervalMs, pingTimeout: timings.pingTimeoutMs, connectTimeout: timings.connectTimeoutMs, transports: ['websocket'] });
  server.use((_socket, next) => void sleep(authDelayMs).then(() => next()));
  server.on('connection', (socket) => {
    socket.on('echo', (value: unknown, ack?: (v: unknown) => void) => ack?.(value));
    socket.on('kick', () => socket.disconnect(true));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}`,
    registry: new RoomRegistry(),
    close: async () => {
      void server.close();
      http.closeAllConnections();
      await new Promise((resolve) => http.close(resolve));
    },
  };
}

describe.each<Kind>(['socket.io', 'wire'])('wire conformance: %s', (kind) => {
  let clients: Socket[] = [];
  let harness: Harness | null = null;
  afterEach(async () => {
    clients.forEach((client) => client.close());
    clients = [];
    await harness?.close();
    harness = null;
  });

  // engine.io schedules the first ping when the session opens; socket.io-client's ping timer
  // (pingInterval + pingTimeout) also starts at the open packet, whatever CONNECT and its auth take.
  it.each([
    ['its CONNECT took the server a while to authenticate', 800, 0],
    ['its auth callback answered late (fetching a fresh token)', 0, 800],
  ])('keeps a client whose %s: the first ping is timed from the open packet', async (_what, serverAuthMs, clientAuthMs) => {
    harness = await start(kind, serverAuthMs);
    const client = io(harness.url, {
      transports: ['websocket'],
      forceNew: true,
      reconnection: false,
      auth: (cb) => void sleep(clientAuthMs).then(() => cb({ token: '' })),
    });
    clients.push(client);
    const reasons: string[] = [];
    client.on('disconnect', (reason) => reasons.push(reason));
    await connected(client);
    await sleep(1_500);
    expect(reasons).toEqual([]);
    expect(client.connected).toBe(true);
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
        // Busy: sends an event 400 ms into the wait, the pong only at 750 ms (> pingTimeout 600).
        setTimeout(() => ws.readyState === WebSocket.OPEN && ws.send('42["echo",1]'), 400);
        setTimeout(() => ws.readyState === WebSocket.OPEN && ws.send('3'), 750);
      }
    });
    const outcome = await Promise.race([closed.then((code) => `closed ${code}`), sleep(2_500).then(() => 'open')]);
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
    const [, refused] = await Promise.all([connected(main), connected(other).catch((e: Error) => e)]);
    expect((refused as Error).message).toBe('Invalid namespace');
    expect(await main.timeout(1_000).emitWithAck('echo', 1)).toBe(1);
    const firstId = main.id;
    main.disconnect();
    main.connect();
    await connected(main);
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
    await connected(main);
    expect(await main.timeout(1_000).emitWithAck('echo', 3)).toBe(3);
  });
});

describe('wire conformance: bookkeeping', () => {
  // socket.io closes a connection whose client sends DISCONNECT before its CONNECT is accepted
  // (Client.ondecoded: no socket for the namespace yet, "invalid state"): no member, no answer.
  it.each<Kind>(['socket.io', 'wire'])('%s: a DISCONNECT sent while the CONNECT is being authenticated', async (kind) => {
    const harness = await start(kind, 150);
    const ws = new WebSocket(`${harness.url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const messages: string[] = [];
    ws.on('message', (data) => {
      const text = data.toString();
      messages.push(text);
      if (text.startsWith('0')) {
        ws.send('40');
        ws.send('41');
      }
      if (text === '2') ws.send('3');
    });
    await sleep(800);
    const registered = harness.registry.members.size;
    ws.terminate();
    await harness.close();
    expect(registered).toBe(0);
    expect(messages.some((m) => m.startsWith('40'))).toBe(false);
  });

  // Leaving the namespace (41) ends a wire connection (the main namespace is the only one served;
  // socket.io-client closes its side too and reconnects with a new connection): a join still being
  // checked then neither lands in a room nor is answered, and a CONNECT after it is not served.
  it('wire: a client leaving the namespace ends its connection, with its pending join', async () => {
    const { url, registry, close } = await startBareWire({
      timings,
      event: (member, name, _args, ack) => {
        if (name === 'join') void sleep(100).then(() => (registry.join(member, 'room'), ack?.({ ok: true })));
      },
    });
    const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`);
    const closed = new Promise<number>((resolve) => ws.once('close', resolve));
    const sids: string[] = [];
    const acks: string[] = [];
    ws.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('0')) ws.send('40');
      else if (text.startsWith('40')) {
        sids.push(JSON.parse(text.slice(2)).sid);
        ws.send('427["join"]');
        ws.send('41');
        ws.send('40');
      } else if (text.startsWith('43')) acks.push(text);
      else if (text === '2') ws.send('3');
    });
    expect(await closed).toBe(1000);
    await sleep(200); // the join's check ends meanwhile
    expect(sids).toHaveLength(1);
    expect(registry.audience(['room'])).toEqual([]);
    expect(registry.members.size).toBe(0);
    expect(acks).toEqual([]);
    await close();
  });

  it('forgets every socket and member after a churn of abrupt endings', async () => {
    const { url: base, wire, registry, close } = await startBareWire({
      timings,
      authenticate: async () => {
        await sleep(20);
        return null;
      },
      event: (member, name, _args, ack) => {
        if (name === 'join') {
          void sleep(30).then(() => {
            registry.join(member, 'room');
            ack?.({ ok: true });
          });
        }
        if (name === 'kick') member.disconnect();
      },
    });
    const url = `${base.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`;
    const endings: Array<(ws: WebSocket, stage: string) => void> = [
      (ws, stage) => stage === 'open' && (ws.send('40'), ws.terminate()), // gone while its auth is pending
      (ws, stage) => stage === 'connected' && (ws.send('42["join"]'), ws.terminate()), // gone with a join pending
      (ws, stage) => stage === 'connected' && (ws.send('421["join"]'), ws.send('41'), ws.close()),
      (ws, stage) => stage === 'connected' && ws.send('42["kick"]'),
      (ws, stage) => stage === 'connected' && ws.send('4{bad'),
      (ws, stage) => stage === 'connected' && ws.send('1'),
      (ws, stage) => stage === 'open' && ws.send('9'),
    ];
    await Promise.all(
      Array.from({ length: 140 }, (_, n) => new Promise<void>((resolve) => {
        const ws = new WebSocket(url);
        const end = endings[n % endings.length];
        ws.on('message', (data) => {
          const text = data.toString();
          if (text.startsWith('0')) {
            if (n % endings.length !== 0) ws.send('40');
            end(ws, 'open');
          } else if (text.startsWith('40')) end(ws, 'connected');
          else if (text === '2') ws.send('3');
        });
        ws.on('error', () => undefined);
        ws.on('close', () => resolve());
      })),
    );
    await sleep(300);
    expect(wire.size).toBe(0);
    expect(registry.members.size).toBe(0);
    expect(registry.audience(['room'])).toEqual([]);
    await close();
  });
});
