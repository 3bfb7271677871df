import { io, Socket } from 'socket.io-client';
import { createTestApp, TestApp } from '../setup/test-app';
import { ApiProcess, startApiProcess } from '../support/processes';
import { connected, join, record, until } from '../support/sockets';

/**
 * A whole story against an API process logging at debug, in production's JSON: every line is
 * captured and searched for the personal data and secrets the story used. And the request id a
 * client sent follows its request: the request's line with its GraphQL operation, the SQL it ran,
 * the socket event the relay sent for it.
 */
describe('logs: structured, correlated, and without personal data', () => {
  let owner: TestApp;
  let api: ApiProcess;
  let socket: Socket | null = null;
  const unique = Math.random().toString(36).slice(2, 10);
  const people = [
    { email: `ana.${unique}@example.test`, password: `Orchid-${unique}-42!`, displayName: 'Participant One' },
    { email: `ben.${unique}@example.test`, password: `Tulip-${unique}-42!`, displayName: 'Participant Two' },
  ];
  const secrets: string[] = [];

  beforeAll(async () => {
    owner = await createTestApp({ env: { POLLEN_RELAY: 'false' } });
    api = await startApiProcess({ DATABASE_URL: owner.databaseUrl, LOG_LEVEL: 'debug', NODE_ENV: 'production', LOG_FORMAT: 'json' });
  });
  afterAll(async () => {
    socket?.close();
    await api?.kill('SIGKILL');
    await owner.close();
  });

  async function call(query: string, variables: Record<string, unknown>, token?: string, requestId?: string) {
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...(requestId ? { 'x-request-id': requestId } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return { header: res.headers.get('x-request-id'), body: (await res.json()) as { data?: any; errors?: any } };
  }

  it('keeps emails, passwords and tokens out of every line of a debug log', async () => {
    const auth = `accessToken refreshToken user { id }`;
    const registered = [];
    for (const input of people) {
      const res = await call(`mutation Register($input: RegisterInput!) { register(input: $input) { ${auth} } }`, { input });
      expect(res.body.errors).toBeUndefined();
      registered.push(res.body.data.register);
      secrets.push(input.email, input.password, res.body.data.register.accessToken, res.body.data.register.refreshToken);
    }
    const [a, b] = registered;
    const login = await call(`mutation SignIn($input: LoginInput!) { login(input: $input) { ${auth} } }`, { input: { email: people[0].email, password: people[0].password } });
    secrets.push(login.body.data.login.accessToken, login.body.data.login.refreshToken);
    const refreshed = await call(`mutation Refresh($t: String!) { refreshSession(refreshToken: $t) { ${auth} } }`, { t: login.body.data.login.refreshToken });
    secrets.push(refreshed.body.data.refreshSession.accessToken, refreshed.body.data.refreshSession.refreshToken);
    // Refusals carry the same data: a wrong password, a taken email, a forged token.
    const wrong = await call(`mutation SignIn($input: LoginInput!) { login(input: $input) { accessToken } }`, { input: { email: people[1].email, password: `${people[1].password}-wrong` } });
    expect(wrong.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    secrets.push(`${people[1].password}-wrong`);
    const taken = await call(`mutation Register($input: RegisterInput!) { register(input: $input) { accessToken } }`, { input: people[0] });
    expect(taken.body.errors).toBeDefined();
    const forged = await call(`{ me { id } }`, {}, `${a.accessToken.slice(0, -4)}AAAA`);
    expect(forged.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');

    // The co-creation itself, with a socket following the challenge.
    const org = await call(`mutation Org($i: CreateOrganizationInput!) { createOrganization(input: $i) { id } }`, { i: { name: 'Brand', slug: `brand-${unique}` } }, a.accessToken);
    const created = await call(
      `mutation NewChallenge($i: CreateChallengeInput!) { createChallenge(input: $i) { id } }`,
      { i: { organizationId: org.body.data.createOrganization.id, title: 'City car 2030', brief: 'What should it be?', language: 'EN' } },
      a.accessToken,
    );
    const challengeId = created.body.data.createChallenge.id;
    await call(`mutation Open($id: ID!) { setChallengePhase(challengeId: $id, phase: IDEATION) { phase } }`, { id: challengeId }, a.accessToken);
    socket = io(api.url, { auth: { token: b.accessToken }, transports: ['websocket'], forceNew: true, reconnection: false });
    await connected(socket);
    const received = record(socket);
    expect((await join(socket, { challengeId })).ok).toBe(true);

    const requestId = `story-${unique}`;
    const proposed = await call(
      `mutation ProposeIt($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`,
      { i: { challengeId, title: 'Seats on rails', body: `Contact me at ${people[1].email}`, tags: [], buildsOn: [] } },
      b.accessToken,
      requestId,
    );
    expect(proposed.header).toBe(requestId);
    const ideaId = proposed.body.data.proposeIdea.id;
    await until(received, (events) => events.some((e) => e.type === 'idea.created'));
    await call(`mutation Vote($id: ID!) { castVote(ideaId: $id, value: UP) { score } }`, { id: ideaId }, a.accessToken);
    await call(`mutation Say($i: AddCommentInput!) { addComment(input: $i) { id } }`, { i: { ideaId, body: 'Love it' } }, a.accessToken);
    await call(`{ challenges(first: 5) { edges { node { id } } } }`, {});
    await call(`mutation Bye { logout }`, {}, b.accessToken);
    // A header that is not a well-formed id is replaced, not echoed.
    const odd = await call(`{ challenges(first: 1) { edges { cursor } } }`, {}, undefined, 'x'.repeat(80));
    expect(odd.header).toMatch(/^[0-9a-f-]{36}$/);
    // The request's lines and the relay's line for the event it caused.
    await waitFor(() => lines().some((line) => line.msg === 'relayed idea.created' && line.reqId === requestId));

    socket.close();
    await api.kill('SIGTERM');
    expect(api.exited()).toBe('0');

    const output = api.output();
    const all = output.split('\n').filter((line) => line.trim() !== '');
    expect(all.length).toBeGreaterThan(100);
    for (const line of all) expect(() => JSON.parse(line)).not.toThrow();
    for (const secret of secrets) {
      const leaks = all.filter((line) => line.includes(secret) || line.toLowerCase().includes(secret.toLowerCase()));
      expect({ secret: secret.slice(0, 12), leaks }).toEqual({ secret: secret.slice(0, 12), leaks: [] });
    }
    // The refresh token's secret half and the JWT signature alone, too.
    for (const token of secrets.filter((s) => s.split('.').length >= 2)) {
      const tail = token.split('.').pop()!;
      if (tail.length >= 16) expect(all.filter((line) => line.includes(tail))).toEqual([]);
    }
    expect(output).not.toMatch(/authorization|bearer /i);

    const mine = lines().filter((line) => line.reqId === requestId);
    expect(mine.find((line) => line.operation === 'ProposeIt')).toMatchObject({ level: 'info', operationType: 'mutation', req: { method: 'POST', path: '/graphql' }, res: { status: 200 } });
    expect(mine.filter((line) => line.context === 'SQL' && line.msg === 'sql').length).toBeGreaterThan(2);
    expect(mine.find((line) => line.msg === 'relayed idea.created')).toMatchObject({ event: 'idea.created', challengeId, sequence: expect.any(String) });
  }, 90_000);

  function lines(): any[] {
    return api
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line));
  }
});

async function waitFor(predicate: () => boolean, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
