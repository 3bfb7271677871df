import { Client } from 'pg';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { send } from '../support/graphql';

describe('platform: health, limits, errors and headers', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  const post = (body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(`${t.url}/graphql`, { method: 'POST', headers, body });

  it('answers /health with 200 and security headers', async () => {
    const res = await fetch(`${t.url}/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: 'ok', details: { database: { status: 'up' }, migrations: { status: 'up' } } });
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses a body over the limit with 413 and no stack trace', async () => {
    const res = await post(JSON.stringify({ query: `{ me { id } }`, variables: { pad: 'x'.repeat(200_000) } }));
    expect(res.status).toBe(413);
    expect(await res.text()).not.toMatch(/at .*\.js:\d+/);
  });

  it('refuses requests that are not JSON (CSRF prevention)', async () => {
    const res = await post(JSON.stringify({ query: `{ challenges { edges { cursor } } }` }), { 'content-type': 'text/plain' });
    expect(res.status).toBe(400);
  });

  // The documents of the next two tests stay raw strings sent through t.gql: they test the
  // limits on what a client may send (depth, cost, unknown fields, ill-typed variables), which a
  // typed document either cannot express or would refuse before it is sent.
  it('bounds query depth and cost, naming the limit', async () => {
    const deep = `{ challenges { edges { node { organization { name } } } } }`;
    const nested = `query($c: ID!) { ideas(challengeId: $c) { edges { node { buildsOn { buildsOn { buildsOn { buildsOn { buildsOn { buildsOn { buildsOn { buildsOn { id } } } } } } } } } } } }`;
    const tooDeep = await t.gql(nested, { c: '00000000-0000-4000-8000-000000000000' });
    expect(tooDeep.status).toBe(400);
    expect(tooDeep.errors[0]).toMatchObject({ message: expect.stringMatching(/depth limit of 10 exceeded/), extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_DEPTH' } });
    expect(tooDeep.errors[0].extensions.stacktrace).toBeUndefined();
    const costly = `query($c: ID!) { ideas(challengeId: $c, first: 100) { edges { node { comments(first: 100) { edges { node { replies(first: 100) { edges { node { id } } } } } } } } } }`;
    const tooCostly = await t.gql(costly, { c: '00000000-0000-4000-8000-000000000000' });
    expect(tooCostly.errors[0].extensions).toMatchObject({ code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY' });
    expect((await t.gql(deep)).errors).toBeUndefined();
  });

  it('answers unknown fields and bad variables without internals', async () => {
    const unknown = await t.gql(`{ nope }`);
    expect(unknown.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(unknown.errors[0].extensions.stacktrace).toBeUndefined();
    const badVariable = await t.gql(`query($n: Int) { challenges(first: $n) { edges { cursor } } }`, { n: 'ten' });
    expect(badVariable.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('answers 503 on /health and a generic error on GraphQL when the database is gone', async () => {
    const broken = await createTestApp();
    const [{ database }] = await broken.sql(`SELECT current_database() AS database`);
    const admin = new Client({ connectionString: process.env.POLLEN_TEST_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS false`);
      await admin.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database]);
      expect((await fetch(`${broken.url}/health`)).status).toBe(503);
      const res = await send(broken, undefined, graphql(`query PlatformChallenges { challenges { edges { cursor } } }`));
      expect(res.errors[0]).toMatchObject({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(JSON.stringify(res.errors)).not.toMatch(/database|terminat|SQL|\.ts:/i);
    } finally {
      await admin.query(`ALTER DATABASE "${database}" WITH ALLOW_CONNECTIONS true`);
      await admin.end();
      await broken.close();
    }
  });

  it('turns introspection off in production', async () => {
    const production = await createTestApp({ env: { NODE_ENV: 'production' } });
    try {
      const res = await send(production, undefined, graphql(`query PlatformIntrospection { __schema { types { name } } }`));
      expect(res.errors[0].message).toMatch(/introspection/i);
    } finally {
      await production.close();
    }
  });

  it('refuses to start when REDIS_URL names a Redis that does not answer, naming the variable', async () => {
    // Running without it would split the realtime surface of a cluster without anyone noticing.
    await expect(createTestApp({ env: { REDIS_URL: 'redis://127.0.0.1:1' } })).rejects.toThrow(/^REDIS_URL: Redis at 127\.0\.0\.1:1 is not reachable/);
  });
});
