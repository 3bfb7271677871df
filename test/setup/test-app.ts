import { randomBytes } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { Client, Pool } from 'pg';
import { io, Socket } from 'socket.io-client';
import { loadConfig } from '@pollen/config';
import { CounterFoldJob } from '@pollen/ideas';
import { LedgerSealer } from '@pollen/ledger';
import { print } from 'graphql';
import { startServer } from '../../apps/api/src/server';
import { graphql } from '../gql';
import { withDatabase } from './global-setup';

export interface GqlResult {
  status: number;
  data: any;
  errors: any;
}

export interface Registered {
  accessToken: string;
  refreshToken: string;
  user: { id: string; displayName: string };
  email: string;
  password: string;
}

export interface TestApp {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult>;
  sql(text: string, params?: unknown[]): Promise<any[]>;
  register(overrides?: Partial<{ email: string; password: string; displayName: string }>): Promise<Registered>;
  /** A real socket.io client on the API's origin (websocket transport), closed with the app. */
  socket(token?: string): Socket;
  /** Folds pending counter deltas now (the periodic fold is slowed down in tests). */
  foldCounters(): Promise<number>;
  /** Seals committed ledger entries into their chains now (the periodic sealer is slowed down in tests). */
  sealLedger(): Promise<number>;
  close(): Promise<void>;
}

let registered = 0;

const Register = print(graphql(`mutation Register($input: RegisterInput!) { register(input: $input) { accessToken refreshToken user { id displayName } } }`));

/**
 * A reused keep-alive connection the server closed (its 5 s idle timeout) just as a request went
 * out on it: fetch's pool closes idle connections a second before the server does, but on a
 * loaded machine its timer can fire late (seen once in CI: ECONNRESET in the middle of a spec).
 * The server never read that request, so it is sent again, once, on a new connection.
 */
const resetBeforeAnswer = (error: unknown) => ['ECONNRESET', 'UND_ERR_SOCKET'].includes((error as { cause?: { code?: string } }).cause?.code ?? '');

/** A GraphQL request over HTTP to the server at `url`, as a client sends it. */
export async function gqlAt(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResult> {
  const post = () =>
    fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  const res = await post().catch((error: unknown) => {
    if (resetBeforeAnswer(error)) return post();
    throw error;
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  return { status: res.status, data: body.data, errors: body.errors };
}

/**
 * The real server on its own port, on a database of its own cloned from the migrated template.
 * Each spec file gets one: files run in parallel without sharing any state.
 */
export async function createTestApp(options: { env?: Record<string, string>; sameDatabaseAs?: TestApp } = {}): Promise<TestApp> {
  const adminUrl = process.env.POLLEN_TEST_ADMIN_URL;
  const template = process.env.POLLEN_TEST_TEMPLATE;
  if (!adminUrl || !template) throw new Error('test database not prepared: run through jest (globalSetup)');
  // A second instance can share the first one's database (a cluster); the first one drops it.
  const database = options.sameDatabaseAs ? null : `pollen_t_${randomBytes(6).toString('hex')}`;
  if (database) {
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE "${database}" TEMPLATE "${template}"`);
    await admin.end();
  }
  const databaseUrl = options.sameDatabaseAs?.databaseUrl ?? withDatabase(adminUrl, database!);

  const dropDatabase = async () => {
    if (!database) return;
    const admin = new Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  };

  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    JWT_SECRET: 'test-secret-'.padEnd(48, 'x'),
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    POLLEN_SEED_DEMO: 'false',
    COUNTER_FOLD_INTERVAL_MS: '60000',
    LEDGER_SEAL_INTERVAL_MS: '60000',
    // Votes are chained at the next sealing (specs seal when they need to); the privacy specs set their own batch.
    LEDGER_VOTE_BATCH_MS: '0',
    // One voter is enough for a batch (test/privacy/vote-correlation.e2e-spec.ts sets the minimum).
    LEDGER_VOTE_MIN_VOTERS: '1',
    STATEMENT_MAX_AGE_MS: '0',
    // …and waits for it (test/ownership/statement-while-computed.e2e-spec.ts gives the previous one at once).
    STATEMENT_STALE_WAIT_MS: '600000',
    // Each read sees the latest page; test/write-path/write-path.e2e-spec.ts covers shared pages.
    FEED_CACHE_MS: '0',
    // Specs about something else write freely from one address; test/security runs with 1.
    RATE_LIMIT_SCALE: '1000',
    // Redis is shared by every spec: each app (and the cluster sharing its database) has its own keys.
    REDIS_KEY_PREFIX: `pollen-t:${databaseUrl.split('/').pop()}`,
    ...options.env,
  });
  const server = await startServer(config).catch(async (error: unknown) => {
    await dropDatabase().catch(() => undefined);
    throw error;
  });
  const pool = new Pool({ connectionString: databaseUrl, max: 4 });
  pool.on('error', () => undefined); // idle clients killed by a test that breaks the database

  const gql: TestApp['gql'] = (query, variables, token) => gqlAt(server.url, query, variables, token);

  const sockets: Socket[] = [];

  return {
    app: server.app,
    databaseUrl,
    socket: (token) => {
      const socket = io(server.url, { auth: token ? { token } : {}, transports: ['websocket'], forceNew: true, reconnection: false });
      sockets.push(socket);
      return socket;
    },
    url: server.url,
    gql,
    sql: async (text, params = []) => (await pool.query(text, params)).rows,
    register: async (overrides = {}) => {
      const n = ++registered;
      const input = {
        email: overrides.email ?? `user-${n}-${randomBytes(4).toString('hex')}@example.test`,
        password: overrides.password ?? 'Correct-Horse-42',
        displayName: overrides.displayName ?? `User ${n}`,
      };
      const res = await gql(Register, { input });
      if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
      return { ...res.data.register, email: input.email, password: input.password };
    },
    foldCounters: () => server.app.get(CounterFoldJob).foldNow(),
    sealLedger: () => server.app.get(LedgerSealer).sealNow(),
    close: async () => {
      sockets.forEach((socket) => socket.close());
      await pool.end();
      await server.close();
      await dropDatabase();
    },
  };
}
