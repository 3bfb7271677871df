import { LifecycleService } from '../../apps/api/src/ops/lifecycle.service';
import { graphql } from '../gql';
import { createTestApp, TestApp } from '../setup/test-app';
import { freePort } from '../setup/free-port';
import { cast, challenge, propose } from '../support/co-creation';
import { send } from '../support/graphql';
import { RedisProcess, hasRedisServer } from '../support/processes';
import { connected } from '../support/sockets';

async function scrape(url: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
  const res = await fetch(url, { headers });
  return { status: res.status, text: await res.text() };
}

/** The value of one sample (`name{labels} value`), or null when absent. */
function sample(text: string, name: string, labels = ''): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `) || (labels === '' && l.startsWith(`${name}{`) === false && l.startsWith(`${name} `)));
  return line ? Number(line.split(' ').pop()) : null;
}

describe('rate-limit refusals at /metrics', () => {
  it('counts each refusal by the limit that refused it, writes and sign-ins alike', async () => {
    // The real allowances (scale 1): a new account proposes three ideas an hour.
    const t = await createTestApp({ env: { RATE_LIMIT_SCALE: '1' } });
    try {
      const { owner, ana, orgId } = await cast(t);
      const challengeId = await challenge(t, owner, orgId);
      const before = sample((await scrape(`${t.url}/metrics`)).text, 'pollen_rate_limit_refusals_total', 'limit="proposeIdea:newAccount"');
      expect(before).toBeNull();
      for (let i = 0; i < 3; i++) await propose(t, ana, challengeId, { title: `Allowed idea ${i}` });
      const propose4 = graphql(`mutation MetricsHealthProposeIdea($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`);
      for (let i = 0; i < 2; i++) {
        const refused = await send(t, ana, propose4, { i: { challengeId, title: `Refused idea ${i}`, body: 'One idea too many for a new account.' } });
        expect(refused.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', policy: 'proposeIdea', scope: 'newAccount' });
      }
      const signIn = graphql(`mutation MetricsHealthLogin($i: LoginInput!) { login(input: $i) { accessToken } }`);
      let loginRefusals = 0;
      for (let i = 0; i < 40 && loginRefusals === 0; i++) {
        const res = await send(t, undefined, signIn, { i: { email: ana.email, password: `wrong password ${i}` } });
        if (res.errors?.[0]?.extensions?.code === 'RATE_LIMITED') loginRefusals += 1;
      }
      expect(loginRefusals).toBe(1);
      const { text } = await scrape(`${t.url}/metrics`);
      expect(sample(text, 'pollen_rate_limit_refusals_total', 'limit="proposeIdea:newAccount"')).toBe(2);
      const login = text.split('\n').filter((l) => l.startsWith('pollen_rate_limit_refusals_total{limit="login:'));
      expect(login.map((l) => Number(l.split(' ').pop())).reduce((a, b) => a + b, 0)).toBe(1);
    } finally {
      await t.close();
    }
  }, 120_000);
});

describe('metrics at /metrics', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('times GraphQL by operation name, folds what clients could inflate, counts errors by code', async () => {
    // Raw strings: the operation names (one, none, an unknown field, a hundred distinct ones) are what is counted.
    await t.gql(`query Feed { challenges(first: 1) { edges { cursor } } }`);
    await t.gql(`{ challenges(first: 1) { edges { cursor } } }`);
    await t.gql(`{ nope }`);
    await t.gql(`{ me { id } }`, {}, 'not-a-token');
    for (let i = 0; i < 230; i += 10) {
      await Promise.all(Array.from({ length: 10 }, (_, j) => t.gql(`query Random${i + j} { challenges(first: 1) { edges { cursor } } }`)));
    }
    const { status, text } = await scrape(`${t.url}/metrics`);
    expect(status).toBe(200);
    expect(sample(text, 'pollen_graphql_operation_duration_seconds_count', 'operation="Feed",type="query"')).toBe(1);
    expect(sample(text, 'pollen_graphql_operation_duration_seconds_count', 'operation="(anonymous)",type="query"')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'pollen_graphql_operation_duration_seconds_count', 'operation="(invalid)",type="unknown"')).toBe(1);
    expect(sample(text, 'pollen_graphql_operation_duration_seconds_count', 'operation="(other)",type="query"')).toBeGreaterThanOrEqual(25);
    const series = new Set(text.split('\n').filter((l) => l.startsWith('pollen_graphql_operation_duration_seconds_count{')));
    expect(series.size).toBeLessThanOrEqual(204);
    expect(sample(text, 'pollen_graphql_errors_total', 'code="GRAPHQL_VALIDATION_FAILED"')).toBe(1);
    expect(sample(text, 'pollen_graphql_errors_total', 'code="UNAUTHENTICATED"')).toBe(1);
    expect(sample(text, 'pollen_http_request_duration_seconds_count', 'route="/graphql",method="POST",status="200"')).toBeGreaterThan(230);
  }, 120_000);

  it('reads the pool, the outbox, the relay, the sealer and the sockets', async () => {
    const { owner, ana, orgId } = await cast(t);
    const challengeId = await challenge(t, owner, orgId);
    const socket = t.socket(ana.token);
    await connected(socket);
    await propose(t, ana, challengeId);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const { text } = await scrape(`${t.url}/metrics`);
    expect(sample(text, 'pollen_db_pool_connections', 'state="total"')).toBeGreaterThan(0);
    expect(sample(text, 'pollen_db_pool_connections', 'state="waiting"')).toBe(0);
    expect(sample(text, 'pollen_db_pool_max')).toBe(20);
    expect(sample(text, 'pollen_db_pool_acquire_seconds_count')).toBeGreaterThan(0);
    expect(sample(text, 'pollen_sockets_connected')).toBe(1);
    expect(sample(text, 'pollen_outbox_relayed_events_total')).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'pollen_event_delivery_seconds_count')).toBeGreaterThanOrEqual(6);
    expect(sample(text, 'pollen_outbox_lag_seconds')).toBeLessThan(5);
    // The sealer runs once a minute in tests: the idea's ledger entry is waiting.
    expect(sample(text, 'pollen_ledger_sealer_lag_seconds')).toBeGreaterThan(0);
    expect(sample(text, 'pollen_rate_limit_refusals_total')).toBeNull(); // no refusal yet: no series
    expect(text).toContain('# TYPE pollen_rate_limit_refusals_total counter');
    socket.close();
    await t.sealLedger();
    expect(sample((await scrape(`${t.url}/metrics`)).text, 'pollen_ledger_sealer_lag_seconds')).toBe(0);
  });

  it("reads the process's own figures, the event loop's delay and busy share since the last scrape", async () => {
    await scrape(`${t.url}/metrics`);
    const busyUntil = Date.now() + 120;
    while (Date.now() < busyUntil); // the loop is held for 120 ms: one tick at least is that late
    await new Promise((resolve) => setTimeout(resolve, 100));
    const { text } = await scrape(`${t.url}/metrics`);
    expect(sample(text, 'pollen_process_eventloop_lag_seconds', 'quantile="1"')).toBeGreaterThanOrEqual(0.1);
    expect(sample(text, 'pollen_process_eventloop_utilization')).toBeGreaterThan(0.3);
    expect(sample(text, 'pollen_process_memory_bytes', 'kind="rss"')).toBeGreaterThan(sample(text, 'pollen_process_memory_bytes', 'kind="heap_used"')!);
    expect(sample(text, 'pollen_process_cpu_seconds_total', 'mode="user"')).toBeGreaterThan(0.1);
    expect(sample(text, 'pollen_process_active_resources')).toBeGreaterThan(0);
    expect(sample(text, 'pollen_process_start_time_seconds')).toBeLessThanOrEqual(Date.now() / 1000);
    expect(text).toContain(`pollen_process_info{version="${process.version}"} 1`);
  });

  it('is closed on the public port in production unless METRICS_TOKEN is given, and served on METRICS_PORT', async () => {
    const port = await freePort();
    const closed = await createTestApp({ env: { NODE_ENV: 'production', METRICS_PORT: String(port) } });
    try {
      expect((await scrape(`${closed.url}/metrics`)).status).toBe(404);
      const own = await scrape(`http://127.0.0.1:${port}/metrics`);
      expect(own.status).toBe(200);
      expect(own.text).toContain('pollen_http_request_duration_seconds');
      expect((await scrape(`http://127.0.0.1:${port}/graphql`)).status).toBe(404);
    } finally {
      await closed.close();
    }
    const token = 'metrics-token-0123456789';
    const guarded = await createTestApp({ env: { NODE_ENV: 'production', METRICS_TOKEN: token } });
    try {
      expect((await scrape(`${guarded.url}/metrics`)).status).toBe(401);
      expect((await scrape(`${guarded.url}/metrics`, { authorization: `Bearer ${token}x` })).status).toBe(401);
      expect((await scrape(`${guarded.url}/metrics`, { authorization: `Bearer ${token}` })).status).toBe(200);
    } finally {
      await guarded.close();
    }
  });
});

describe('health: liveness and readiness', () => {
  it('is ready with every check up, and not while draining', async () => {
    const t = await createTestApp();
    try {
      const ready = await fetch(`${t.url}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({
        status: 'ok',
        details: { lifecycle: { status: 'up' }, database: { status: 'up' }, migrations: { status: 'up' }, outbox: { status: 'up', lagMs: expect.any(Number) } },
      });
      t.app.get(LifecycleService).drain();
      const draining = await fetch(`${t.url}/health/ready`);
      expect(draining.status).toBe(503);
      expect(await draining.json()).toMatchObject({ status: 'error', error: { lifecycle: { status: 'down', message: 'shutting down' } } });
      expect((await fetch(`${t.url}/health`)).status).toBe(503);
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('is not ready with a migration missing or the outbox behind', async () => {
    const t = await createTestApp({ env: { POLLEN_RELAY: 'false', READY_MAX_OUTBOX_LAG_MS: '1000' } });
    try {
      await t.sql(`DELETE FROM schema_migration WHERE name = (SELECT max(name) FROM schema_migration)`);
      await t.sql(`INSERT INTO domain_event (type, challenge_id, aggregate_id, actor_id, payload, occurred_at)
                   VALUES ('user.registered', NULL, gen_random_uuid(), NULL, '{}', now() - interval '5 seconds')`);
      const res = await fetch(`${t.url}/health/ready`);
      expect(res.status).toBe(503);
      const body = (await res.json()) as any;
      expect(body.error.migrations).toMatchObject({ status: 'down', message: 'migrations are pending' });
      expect(body.error.outbox).toMatchObject({ status: 'down', message: expect.stringMatching(/^outbox lag \d+ ms over 1000 ms$/) });
      expect(body.details.database).toMatchObject({ status: 'up' });
    } finally {
      await t.close();
    }
  });

  (hasRedisServer() ? it : it.skip)('checks Redis when REDIS_URL is set', async () => {
    const redis = new RedisProcess(await freePort());
    await redis.start();
    const t = await createTestApp({ env: { REDIS_URL: redis.url } });
    try {
      const up = await fetch(`${t.url}/health/ready`);
      expect(((await up.json()) as any).details.redis).toMatchObject({ status: 'up' });
      await redis.stop();
      const down = await fetch(`${t.url}/health/ready`);
      expect(down.status).toBe(503);
      // A connection error names hosts: outsiders get a word, the log the reason.
      expect(((await down.json()) as any).error.redis).toEqual({ status: 'down', message: 'unreachable' });
      expect((await fetch(`${t.url}/health/live`)).status).toBe(200);
    } finally {
      await t.close();
      await redis.stop();
    }
  });
});
