import { io, Socket } from 'socket.io-client';
import { MAX_SOCKETS_PER_ACCOUNT, MAX_SOCKETS_PER_ADDRESS } from '@pollen/kernel';
import { person } from '../support/co-creation';
import { TestApp, createTestApp } from '../setup/test-app';

// OWASP API4:2023, the realtime surface: one client (its address) and one account hold a bounded
// number of connections on an instance, whichever server carries them (the wire server for plain
// WebSocket clients, socket.io for long-polling), refused with a connect_error naming the limit.
type Transport = 'websocket' | 'polling';

describe('API4 socket connections per client and per account (NODE_ENV=production)', () => {
  let t: TestApp;
  const open: Socket[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { NODE_ENV: 'production', TRUST_PROXY: '1' } });
  });
  afterEach(() => {
    open.splice(0).forEach((socket) => socket.close());
  });
  afterAll(() => t?.close());

  /** Connects, resolving with the socket or the refusal's message and data. */
  function connect(options: { token?: string; transport?: Transport; forwardedFor?: string } = {}): Promise<{ socket: Socket; refused: null } | { socket: Socket; refused: { message: string; data: any } }> {
    const socket = io(t.url, {
      auth: options.token ? { token: options.token } : {},
      transports: [options.transport ?? 'websocket'],
      forceNew: true,
      reconnection: false,
      // The proxy's header: TRUST_PROXY=1 here, so the last forwarded address is the client.
      extraHeaders: { 'x-forwarded-for': options.forwardedFor ?? '203.0.113.7' },
    });
    open.push(socket);
    return new Promise((resolve) => {
      socket.once('connect', () => resolve({ socket, refused: null }));
      socket.once('connect_error', (error: Error & { data?: unknown }) => resolve({ socket, refused: { message: error.message, data: error.data } }));
    });
  }

  async function connectMany(count: number, options: Parameters<typeof connect>[0]) {
    const results = [];
    for (let i = 0; i < count; i += 25) results.push(...(await Promise.all(Array.from({ length: Math.min(25, count - i) }, () => connect(options)))));
    return results;
  }

  it(`refuses connection ${MAX_SOCKETS_PER_ADDRESS + 1} from one client, over both servers, and takes it once one closes`, async () => {
    const wire = await connectMany(MAX_SOCKETS_PER_ADDRESS - 10, {});
    const polling = await connectMany(10, { transport: 'polling' });
    expect([...wire, ...polling].filter((result) => result.refused)).toEqual([]);
    for (const transport of ['websocket', 'polling'] as const) {
      const extra = await connect({ transport });
      expect(extra.refused).toEqual({
        message: expect.stringMatching(new RegExp(`Too many connections from this client \\(at most ${MAX_SOCKETS_PER_ADDRESS}\\)`)),
        data: { code: 'LIMIT_EXCEEDED', limit: 'SOCKETS_PER_ADDRESS' },
      });
    }
    // Another client (another forwarded address) is not affected.
    expect((await connect({ forwardedFor: '203.0.113.8' })).refused).toBeNull();
    wire[0].socket.close();
    await until(async () => (await connect()).refused === null);
  });

  it(`refuses connection ${MAX_SOCKETS_PER_ACCOUNT + 1} of one account, from any address`, async () => {
    const ana = await person(t);
    const results = await Promise.all(
      Array.from({ length: MAX_SOCKETS_PER_ACCOUNT }, (_, i) => connect({ token: ana.token, forwardedFor: `198.51.100.${i + 1}`, transport: i % 2 ? 'polling' : 'websocket' })),
    );
    expect(results.filter((result) => result.refused)).toEqual([]);
    for (const transport of ['websocket', 'polling'] as const) {
      const extra = await connect({ token: ana.token, forwardedFor: '198.51.100.200', transport });
      expect(extra.refused).toEqual({ message: expect.stringMatching(/Too many connections for this account/), data: { code: 'LIMIT_EXCEEDED', limit: 'SOCKETS_PER_ACCOUNT' } });
    }
    // Someone else, and anonymous reading, from the same addresses, still connect.
    const ben = await person(t);
    expect((await connect({ token: ben.token, forwardedFor: '198.51.100.1' })).refused).toBeNull();
    expect((await connect({ forwardedFor: '198.51.100.1' })).refused).toBeNull();
    results[0].socket.close();
    await until(async () => (await connect({ token: ana.token, forwardedFor: '198.51.100.201' })).refused === null);
  });

  it('counts an anonymous connection that signs in afterwards for its account, refusing the one too many', async () => {
    const cara = await person(t);
    const signedIn = await Promise.all(Array.from({ length: MAX_SOCKETS_PER_ACCOUNT }, (_, i) => connect({ token: cara.token, forwardedFor: `192.0.2.${i + 1}` })));
    expect(signedIn.filter((result) => result.refused)).toEqual([]);
    const anonymous = await connect({ forwardedFor: '192.0.2.100' });
    expect(anonymous.refused).toBeNull();
    const answer = await anonymous.socket.timeout(5_000).emitWithAck('authenticate', { token: cara.token });
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ code: 'LIMIT_EXCEEDED', limit: 'SOCKETS_PER_ACCOUNT' }) });
    signedIn[0].socket.close();
    await until(async () => ((await anonymous.socket.timeout(5_000).emitWithAck('authenticate', { token: cara.token })) as { ok: boolean }).ok);
  });

  it('frees the places of handshakes that were refused or never finished', async () => {
    for (let i = 0; i < 3; i++) {
      const bad = await connect({ token: 'not-a-token', forwardedFor: '192.0.2.50' });
      expect(bad.refused?.data.code).toBe('UNAUTHENTICATED');
      bad.socket.close();
    }
    const results = await connectMany(MAX_SOCKETS_PER_ADDRESS, { forwardedFor: '192.0.2.50' });
    expect(results.filter((result) => result.refused)).toEqual([]);
  });
});

async function until(condition: () => Promise<boolean>, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
