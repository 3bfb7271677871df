import { randomUUID } from 'node:crypto';
import { ClientEvent, RealtimeGateway } from '@pollen/realtime';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, cast, challenge, propose } from '../support/co-creation';
import { connected, join, record, until } from '../support/sockets';

// The realtime surface's limits and rooms beyond the challenge ones, with real socket.io clients.
describe('realtime: moderation rooms and limits', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let orgId: string;

  beforeAll(async () => {
    // The rooms case proposes fifty ideas from one account: write limits are not what this file is about.
    t = await createTestApp({ env: { RATE_LIMIT_SCALE: '100000' } });
    ({ owner, ana, orgId } = await cast(t));
  });
  afterAll(() => t.close());

  it("lets the brand's team follow its moderation room, DRAFT challenges included, and nobody else", async () => {
    const team = t.socket(owner.token);
    await connected(team);
    const received = record(team);
    expect(await join(team, { organizationId: orgId })).toEqual({ ok: true, room: `organization:${orgId}` });

    const outsider = t.socket(ana.token);
    const anonymous = t.socket();
    await Promise.all([connected(outsider), connected(anonymous)]);
    expect((await join(outsider, { organizationId: orgId })).error.code).toBe('FORBIDDEN');
    expect((await join(anonymous, { organizationId: orgId })).error.code).toBe('FORBIDDEN');
    expect((await join(team, { organizationId: '00000000-0000-4000-8000-000000000000' })).error.code).toBe('NOT_FOUND');
    const otherBrand = await cast(t);
    expect((await join(team, { organizationId: otherBrand.orgId })).error.code).toBe('FORBIDDEN');

    // Events of every challenge of the organisation arrive without joining the challenges.
    const draft = await challenge(t, owner, orgId, 'DRAFT');
    const open = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, open, { title: 'Seen by the team' });
    await challenge(t, otherBrand.owner, otherBrand.orgId, 'IDEATION');
    await until(received, (events) => events.some((e) => e.data.ideaId === ideaId));
    expect(received.some((e) => e.challengeId === draft)).toBe(true);
    expect(new Set(received.map((e) => e.challengeId))).toEqual(new Set([draft, open]));
    expect(await join(team, { organizationId: orgId }, 'leave')).toEqual({ ok: true, room: `organization:${orgId}` });
  });

  it('closes a connection that sends a message over 16 KB, with the WebSocket "message too big" code', async () => {
    const client = t.socket();
    await connected(client);
    const closed = new Promise<{ reason: string; details: any }>((resolve) => client.once('disconnect', (reason, details) => resolve({ reason, details })));
    client.emit('join', { challengeId: 'x'.repeat(17 * 1024) });
    const { reason, details } = await closed;
    expect(reason).toBe('transport close');
    expect(details.context).toMatchObject({ code: 1009 }); // RFC 6455: message too big
  });

  it('refuses joins beyond the burst, then allows them again at the refill rate', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const client = t.socket();
    await connected(client);
    const answers = await Promise.all(Array.from({ length: 25 }, () => join(client, { challengeId })));
    expect(answers.filter((a) => a.ok)).toHaveLength(20);
    expect(answers.filter((a) => !a.ok).map((a) => a.error)).toEqual(
      Array.from({ length: 5 }, () => ({ code: 'LIMIT_EXCEEDED', limit: 'JOIN_RATE', message: 'Too many joins; slow down' })),
    );
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await join(client, { challengeId })).ok).toBe(true);
  });

  it('refuses a 51st room with a clear error until the connection leaves one', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideas = [];
    for (let i = 0; i < 50; i++) ideas.push(await propose(t, ana, challengeId, { title: `Room ${i}` }));
    const client = t.socket();
    await connected(client);
    const rooms = [{ challengeId }, ...ideas.slice(0, 49).map((ideaId) => ({ ideaId }))];
    for (const target of rooms) {
      // Joins beyond the burst are refused until the bucket refills (2 a second): retry them.
      let answer = await join(client, target);
      while (!answer.ok && answer.error.message === 'Too many joins; slow down') {
        await new Promise((resolve) => setTimeout(resolve, 250));
        answer = await join(client, target);
      }
      expect(answer.ok).toBe(true);
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const refused = await join(client, { ideaId: ideas[49] });
    expect(refused.error).toEqual({ code: 'LIMIT_EXCEEDED', limit: 'MAX_ROOMS_PER_SOCKET', message: 'A connection can follow at most 50 rooms; leave one first' });
    expect((await join(client, { challengeId }, 'leave')).ok).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await join(client, { ideaId: ideas[49] })).ok).toBe(true);
  }, 60_000);

  it('disconnects a client that stops reading, with a SLOW_CONSUMER reason, without holding up the others', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const slow = t.socket();
    const brisk = t.socket();
    await Promise.all([connected(slow), connected(brisk)]);
    await join(slow, { challengeId });
    await join(brisk, { challengeId });
    const briskReceived = record(brisk);
    const reasons: string[] = [];
    slow.on('server.error', (error: { code: string }) => reasons.push(error.code));
    const disconnected = new Promise<string>((resolve) => slow.once('disconnect', resolve));
    // The client's WebSocket stops reading (a stalled tab, a congested link): what the server
    // writes to it piles up in the kernel, then in the server's buffers.
    const tcp = (slow.io.engine.transport as any).ws._socket;
    tcp.pause();
    const gateway = t.app.get(RealtimeGateway);
    const body = 'Seats that fold into a cargo bay. '.repeat(580);
    // Large events straight into the gateway, as the relay hands them over: what is under test is
    // delivery to a socket that stops reading, not how events are written (the relay specs are).
    let proposed = 0;
    const batch = (): ClientEvent[] =>
      Array.from({ length: 20 }, () => {
        proposed++;
        return { id: randomUUID(), type: 'idea.created', challengeId, sequence: proposed, occurredAt: new Date().toISOString(), data: { ideaId: randomUUID(), title: `Big idea ${proposed}`, body } };
      });
    while (gateway.isConnected(slow.id!) && proposed < 4_000) {
      await gateway.publish(batch());
      // The sweep looks every SLOW_CONSUMER_SWEEP_MS (1 s): give it its turns.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(gateway.isConnected(slow.id!)).toBe(false);
    // Reading again at once, the stalled client finds the server's reason, then its disconnect.
    tcp.resume();
    expect(await disconnected).toBe('io server disconnect');
    expect(reasons).toEqual(['SLOW_CONSUMER']);
    // Meanwhile a client that reads kept receiving everything.
    await until(briskReceived, (events) => events.filter((e) => e.type === 'idea.created').length === proposed, 20_000);
  }, 60_000);
});
