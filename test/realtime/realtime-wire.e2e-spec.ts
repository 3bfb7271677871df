import { io, Socket } from 'socket.io-client';
import WebSocket from 'ws';
import { frameOf, BroadcastQueue } from '../../libs/realtime/src/room-broadcast';
import { Member, RoomRegistry } from '../../libs/realtime/src/room-registry';
import { BareWire, startBareWire } from '../support/bare-wire';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, propose } from '../support/co-creation';
import { connected, join, record, until } from '../support/sockets';

// Pollen's server of socket.io's wire protocol (plain WebSocket clients), spoken to by the
// socket.io-client library and, for what a library client never sends, by a raw WebSocket.

/** A raw WebSocket on socket.io's path, keeping every text message it receives. */
async function raw(url: string): Promise<{ ws: WebSocket; messages: string[]; closed: Promise<number>; next(predicate: (m: string) => boolean): Promise<string> }> {
  const ws = new WebSocket(`${url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`);
  const messages: string[] = [];
  ws.on('message', (data) => messages.push(data.toString()));
  const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const next = async (predicate: (m: string) => boolean) => {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const found = messages.find(predicate);
      if (found !== undefined) return found;
      if (Date.now() > deadline) throw new Error(`timed out; received ${JSON.stringify(messages)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await next((m) => m.startsWith('0'));
  return { ws, messages, closed, next };
}

describe('realtime: the socket.io wire server', () => {
  describe('the protocol, on a bare HTTP server with short timings', () => {
    let bare: BareWire;
    let url: string;
    let registry: RoomRegistry;
    let broadcasts: BroadcastQueue;
    const clients: Socket[] = [];

    beforeAll(async () => {
      bare = await startBareWire({
        timings: { pingIntervalMs: 300, pingTimeoutMs: 1_000, connectTimeoutMs: 500, sweepMs: 50 },
        authenticate: async (auth) => {
          const token = (auth as { token?: string }).token;
          if (token === 'bad') throw new Error('refused');
          return token ? ({ userId: token } as never) : null;
        },
        refusal: () => ({ message: 'Access token is invalid', data: { code: 'UNAUTHENTICATED' } }),
        event: (member, name, args, ack) => {
          if (name === 'join') {
            bare.registry.join(member, (args[0] as { room: string }).room);
            ack?.({ ok: true });
          } else if (name === 'echo') ack?.(args);
        },
      });
      ({ url, registry } = bare);
      broadcasts = new BroadcastQueue(registry);
    });
    afterAll(async () => {
      clients.forEach((client) => client.close());
      await bare.close();
    });

    const client = (auth: Record<string, string> = {}) => {
      const socket = io(url, { auth, transports: ['websocket'], forceNew: true, reconnection: false });
      clients.push(socket);
      return socket;
    };
    const member = (id: string): Member | undefined => registry.members.get(id);

    it('opens with the timings and limits socket.io announces, and connects with the auth given', async () => {
      const { ws, next } = await raw(url);
      const open = JSON.parse((await next((m) => m.startsWith('0'))).slice(1));
      expect(open).toEqual({ sid: expect.any(String), upgrades: [], pingInterval: 300, pingTimeout: 1_000, maxPayload: 16 * 1024 });
      ws.send('40{"token":"user-1"}');
      const sid = JSON.parse((await next((m) => m.startsWith('40'))).slice(2)).sid;
      expect(member(sid)?.rooms).toEqual(['user:user-1']);
      ws.send('4212["echo",{"a":1},"b"]');
      expect(await next((m) => m.startsWith('4312'))).toBe('4312[[{"a":1},"b"]]');
      ws.close();
    });

    it('refuses a bad handshake with connect_error, and another namespace as socket.io does', async () => {
      const refused = client({ token: 'bad' });
      const error = await new Promise<Error & { data?: unknown }>((resolve) => refused.once('connect_error', resolve));
      expect(error.message).toBe('Access token is invalid');
      expect(error.data).toEqual({ code: 'UNAUTHENTICATED' });

      const admin = io(`${url}/admin`, { transports: ['websocket'], forceNew: true, reconnection: false });
      clients.push(admin);
      expect((await new Promise<Error>((resolve) => admin.once('connect_error', resolve))).message).toBe('Invalid namespace');
    });

    it.each([
      ['an event before connecting', (ws: WebSocket) => ws.send('42["join",{"room":"a"}]')],
      ['a binary event', (ws: WebSocket) => ws.send('451-["join",{"_placeholder":true,"num":0}]')],
      ['a binary frame', (ws: WebSocket) => ws.send(Buffer.from([1, 2, 3]))],
      ['a packet that is not socket.io', (ws: WebSocket) => ws.send('4{not json')],
      ['an unknown engine.io packet', (ws: WebSocket) => ws.send('9')],
    ])('closes the connection on %s', async (_what, send) => {
      const { ws, closed } = await raw(url);
      send(ws);
      expect(await closed).toBeGreaterThanOrEqual(1000);
    });

    it('closes a connection that sends a message over 16 KB (1009)', async () => {
      const { ws, closed } = await raw(url);
      ws.send(`40{"token":"${'x'.repeat(17 * 1024)}"}`);
      expect(await closed).toBe(1009);
    });

    it('pings connected clients, which stay connected by answering, and drops one that does not answer', async () => {
      const answering = client();
      await connected(answering);
      const silent = await raw(url);
      silent.ws.send('40');
      const sid = JSON.parse((await silent.next((m) => m.startsWith('40'))).slice(2)).sid;
      await silent.next((m) => m === '2'); // pinged, and never answers
      expect(await silent.closed).toBe(1006); // terminated: no close handshake with a peer that is gone
      expect(member(sid)).toBeUndefined();
      // Five ping intervals on, the socket.io client (which answers) is still there.
      let pings = 0;
      answering.io.engine.on('ping', () => pings++);
      await new Promise((resolve) => setTimeout(resolve, 1_500));
      expect(pings).toBeGreaterThanOrEqual(2);
      expect(answering.connected).toBe(true);
      expect(member(answering.id!)).toBeDefined();
    });

    it('drops a connection that never sends CONNECT', async () => {
      const idle = await raw(url);
      expect(await idle.closed).toBe(1006);
    });

    it('delivers broadcasts to the rooms followed, in order; leaving the namespace takes the client out of its rooms', async () => {
      const a = client({ token: 'user-a' });
      const b = client();
      await Promise.all([connected(a), connected(b)]);
      await a.emitWithAck('join', { room: 'room-1' });
      await b.emitWithAck('join', { room: 'room-1' });
      const got: string[][] = [[], []];
      a.on('tick', (n: number) => got[0].push(`tick ${n}`));
      b.on('tick', (n: number) => got[1].push(`tick ${n}`));
      a.on('private', () => got[0].push('private'));
      b.on('private', () => got[1].push('private'));
      for (let n = 0; n < 5; n++) broadcasts.push(['room-1'], frameOf('tick', n));
      broadcasts.push(['user:user-a'], frameOf('private', {}));
      const deadline = Date.now() + 5_000;
      while ((got[0].length < 6 || got[1].length < 5) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(got[0]).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3', 'tick 4', 'private']);
      expect(got[1]).toEqual(['tick 0', 'tick 1', 'tick 2', 'tick 3', 'tick 4']);

      const id = b.id!;
      b.disconnect();
      const deadlineOut = Date.now() + 5_000;
      while (member(id) && Date.now() < deadlineOut) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(member(id)).toBeUndefined();
      expect(registry.audience(['room-1']).map((m) => m.id)).toEqual([a.id]);
      // The same client connects again (a new connection), and follows rooms again.
      b.connect();
      await connected(b);
      expect(await b.emitWithAck('join', { room: 'room-1' })).toEqual({ ok: true });
    });
  });

  describe('in the API', () => {
    let t: TestApp;
    let owner: Person;
    let ana: Person;
    let orgId: string;

    beforeAll(async () => {
      t = await createTestApp();
      ({ owner, ana, orgId } = await cast(t));
    });
    afterAll(() => t.close());

    it('gives WebSocket and long-polling clients of one room the same events', async () => {
      const challengeId = await challenge(t, owner, orgId, 'IDEATION');
      const websocket = t.socket(ana.token);
      const polling = io(t.url, { auth: { token: ana.token }, transports: ['polling'], forceNew: true, reconnection: false });
      try {
        await Promise.all([connected(websocket), connected(polling)]);
        const received = [record(websocket), record(polling)];
        await join(websocket, { challengeId });
        await join(polling, { challengeId });
        const ideaId = await propose(t, ana, challengeId, { title: 'Seen by both' });
        for (const events of received) await until(events, (all) => all.some((e) => e.type === 'idea.created' && e.data.ideaId === ideaId));
        expect(received[0].map((e) => e.id)).toEqual(received[1].map((e) => e.id));
      } finally {
        polling.close();
      }
    });

    it('sends its clients away when it stops, to reconnect (elsewhere) by themselves', async () => {
      const stopping = await createTestApp();
      const websocket = io(stopping.url, { transports: ['websocket'], forceNew: true, reconnection: false });
      const polling = io(stopping.url, { transports: ['polling'], forceNew: true, reconnection: false });
      await Promise.all([connected(websocket), connected(polling)]);
      const reasons = Promise.all([websocket, polling].map((socket) => new Promise<string>((resolve) => socket.once('disconnect', resolve))));
      await stopping.close();
      // Reasons socket.io-client answers by reconnecting; not "io server disconnect", after which
      // it would stay away. (A poll in flight when the server goes may end as a transport error.)
      const [ofWebSocket, ofPolling] = await reasons;
      expect(ofWebSocket).toBe('transport close');
      expect(['transport close', 'transport error']).toContain(ofPolling);
    });
  });
});
