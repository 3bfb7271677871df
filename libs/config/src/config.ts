import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { MAX_SOCKETS_PER_ACCOUNT, MAX_SOCKETS_PER_ADDRESS } from '@pollen/kernel';
import { defaultDataDir } from './embedded-home';

/**
 * The whole runtime configuration, read once from the environment and validated at start-up.
 * A bad value stops the server with one line naming the variable (ConfigError).
 */
export interface PollenConfig {
  nodeEnv: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  redisUrl: string | null;
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  logLevel: 'error' | 'warn' | 'log' | 'debug' | 'verbose';
  seedDemo: boolean;
  counterFoldIntervalMs: number;
  /** How often one idea's vote tally may go out to sockets (the latest tally each time). */
  tallyIntervalMs: number;
  /** How long a feed page (order and text, not tallies) is shared by readers (0: never shared). */
  feedCacheMs: number;
  /** How often committed ledger entries are chained (see LedgerSealer). */
  ledgerSealIntervalMs: number;
  /** How long votes (and licence acceptances) wait before they are chained, together, in an order that says nothing of time (libs/ledger README, *Privacy*). */
  ledgerVoteBatchMs: number;
  /** A batch's votes on an idea are chained only with at least this many distinct voters among them (else they wait for the next batch). */
  ledgerVoteMinVoters: number;
  /** …but never longer than this after the oldest of them was cast. */
  ledgerVoteMaxWaitMs: number;
  /** How old an ownership statement may be before it is computed again (0: always at the latest head). */
  statementMaxAgeMs: number;
  /**
   * How long a read waits for a statement being computed again before it is given the one
   * computed before (which names its own head); the new one is kept when it is done. A first
   * statement is always waited for.
   */
  statementStaleWaitMs: number;
  /** Whether this instance may relay the outbox (one instance of a cluster does at a time). */
  relayEnabled: boolean;
  /** `json` (one object a line) or `pretty` (pino-pretty); pretty in development, json otherwise. */
  logFormat: 'json' | 'pretty';
  /** A separate listener that serves only /metrics (null: none). */
  metricsPort: number | null;
  /** A bearer token that opens /metrics on the public port (in production it is closed there without one). */
  metricsToken: string | null;
  /** After SIGTERM, how long readiness answers 503 before the listener closes (the load balancer's time to notice). */
  shutdownDrainMs: number;
  /** After SIGTERM, the whole shutdown's bound: past it the process exits anyway (code 1). */
  shutdownGraceMs: number;
  /** Readiness fails while the oldest event not yet relayed is older than this. */
  readyMaxOutboxLagMs: number;
  /** Multiplies every write limit's allowance (libs/limits); 1 in production. */
  rateLimitScale: number;
  /** Prefix of this deployment's Redis keys (rate limits, session revocations). */
  redisKeyPrefix: string;
  /** express's `trust proxy`: which proxies' X-Forwarded-For to believe for the client address (false: none). */
  trustProxy: boolean | number | string;
  /**
   * Which outbox consumers this instance runs (one instance of a cluster runs each batch): all,
   * none, or some by name (`POLLEN_CONSUMERS=sentiment,moderation-negative` on instances given
   * to the labeller, `notifications,insights` on the others).
   */
  consumers: 'all' | 'none' | ReadonlySet<OutboxConsumerName>;
  /** How often the outbox consumers look for work when no notification woke them. */
  outboxConsumerPollMs: number;
  /** Whether the refresh-token cookie is `Secure` (only sent over HTTPS); on by default in production. */
  sessionCookieSecure: boolean;
  /** Origins besides the API's own whose pages may use the cookie session (e.g. a separate dev server). */
  trustedOrigins: string[];
  /** The built web client served at `/` (null: apps/web/dist beside the code). */
  webDir: string | null;
  /** How long the challenge page's response waits for its first data (apps/api/src/web/first-page.ts) before it goes without. */
  firstPageTimeoutMs: number;
  /** Realtime connections one client address (as TRUST_PROXY gives it), and one account, may hold on one instance. */
  socketsPerAddress: number;
  socketsPerAccount: number;
  /**
   * Which server carries plain WebSocket clients: `pollen` (Pollen's own wire server, the default)
   * or `socket.io` (stock socket.io serves every client; see docs/decisions/0005-socket-io-wire-server.md).
   */
  realtimeWire: 'pollen' | 'socket.io';
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

// The variables with a plain shape, as a schema (zod): each message is the rest of the one line
// that names the variable ("Invalid configuration: PORT must be a whole number, got "x"").
const unset = (value: unknown) => (value === '' ? undefined : value);
const given = (input: unknown): string => (typeof input === 'string' ? input : JSON.stringify(input));

function whole(min: number, max: number) {
  const range = { error: (issue: { input?: unknown }) => `must be between ${min} and ${max}, got ${given(issue.input)}` };
  return z
    .string()
    .regex(/^\d+$/, { error: (issue) => `must be a whole number, got "${given(issue.input)}"` })
    .transform(Number)
    .pipe(z.number().min(min, range).max(max, range));
}

const flag = () =>
  z.enum(['true', '1', 'false', '0'], { error: (issue) => `must be true or false, got "${given(issue.input)}"` }).transform((raw) => raw === 'true' || raw === '1');

/** The outbox consumers, by the name each keeps its checkpoint under (libs/*; a spec checks the list against the jobs). */
export const OUTBOX_CONSUMERS = ['sentiment', 'moderation-negative', 'insights', 'notifications'] as const;
export type OutboxConsumerName = (typeof OUTBOX_CONSUMERS)[number];

const consumerList = () =>
  z.string().transform((raw, context): 'all' | 'none' | ReadonlySet<OutboxConsumerName> => {
    if (raw === 'true' || raw === '1') return 'all';
    if (raw === 'false' || raw === '0') return 'none';
    const names = raw.split(',').map((name) => name.trim());
    if (names.some((name) => !(OUTBOX_CONSUMERS as readonly string[]).includes(name))) {
      context.addIssue({ code: 'custom', message: `must be true, false or consumers among ${OUTBOX_CONSUMERS.join(', ')} (comma-separated), got "${given(raw)}"` });
      return z.NEVER;
    }
    return new Set(names as OutboxConsumerName[]);
  });

const choice = <const T extends readonly [string, ...string[]]>(allowed: T) => z.enum(allowed, { error: (issue) => `must be one of ${allowed.join(', ')}, got "${given(issue.input)}"` });

function link(protocols: string[]) {
  const parsed = (raw: string): URL | null => {
    try {
      return new URL(raw);
    } catch {
      return null;
    }
  };
  return z
    .string()
    .refine((raw) => parsed(raw) !== null, { error: 'is not a valid URL', abort: true })
    .refine((raw) => protocols.includes(parsed(raw)!.protocol), { error: `must start with ${protocols.map((p) => `${p}//`).join(' or ')}` });
}

/** Unset or empty: `fallback` (undefined: decided from other variables below). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema.optional());

const ENV = z.object({
  NODE_ENV: optional(choice(['development', 'production', 'test'])),
  DATABASE_URL: optional(link(['postgres:', 'postgresql:'])),
  PORT: optional(whole(0, 65535)),
  POLLEN_EMBEDDED_PG_PORT: optional(whole(1024, 65535)),
  REDIS_URL: optional(link(['redis:', 'rediss:'])),
  ACCESS_TOKEN_TTL: optional(whole(30, 86_400)),
  REFRESH_TOKEN_TTL: optional(whole(60, 365 * 86_400)),
  LOG_LEVEL: optional(choice(['error', 'warn', 'log', 'debug', 'verbose'])),
  POLLEN_SEED_DEMO: optional(flag()),
  COUNTER_FOLD_INTERVAL_MS: optional(whole(10, 60_000)),
  TALLY_INTERVAL_MS: optional(whole(10, 60_000)),
  FEED_CACHE_MS: optional(whole(0, 60_000)),
  FIRST_PAGE_TIMEOUT_MS: optional(whole(50, 60_000)),
  LEDGER_SEAL_INTERVAL_MS: optional(whole(10, 60_000)),
  LEDGER_VOTE_BATCH_MS: optional(whole(0, 86_400_000)),
  LEDGER_VOTE_MIN_VOTERS: optional(whole(1, 100)),
  LEDGER_VOTE_MAX_WAIT_MS: optional(whole(0, 30 * 86_400_000)),
  STATEMENT_MAX_AGE_MS: optional(whole(0, 3_600_000)),
  STATEMENT_STALE_WAIT_MS: optional(whole(0, 600_000)),
  POLLEN_RELAY: optional(flag()),
  LOG_FORMAT: optional(choice(['json', 'pretty'])),
  METRICS_PORT: optional(whole(0, 65535)),
  SHUTDOWN_DRAIN_MS: optional(whole(0, 60_000)),
  SHUTDOWN_GRACE_MS: optional(whole(1_000, 300_000)),
  READY_MAX_OUTBOX_LAG_MS: optional(whole(1_000, 3_600_000)),
  RATE_LIMIT_SCALE: optional(whole(1, 1_000_000)),
  POLLEN_CONSUMERS: optional(consumerList()),
  OUTBOX_CONSUMER_POLL_MS: optional(whole(10, 600_000)),
  SESSION_COOKIE_SECURE: optional(flag()),
  SOCKETS_PER_ADDRESS: optional(whole(1, 1_000_000)),
  SOCKETS_PER_ACCOUNT: optional(whole(1, 10_000)),
  REALTIME_WIRE: optional(choice(['pollen', 'socket.io'])),
});

function parseEnv(env: Env): z.infer<typeof ENV> {
  const result = ENV.safeParse(env);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new ConfigError(String(issue.path[0]), issue.message);
}

function origins(env: Env, name: string): string[] {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return [];
  return raw.split(',').map((entry) => {
    const value = entry.trim();
    let parsed: URL;
    try {
      parsed = new URL(value);
    } catch {
      throw new ConfigError(name, `must be a comma-separated list of origins, got "${value}"`);
    }
    if (!['http:', 'https:'].includes(parsed.protocol) || parsed.origin !== value.replace(/\/$/, '')) {
      throw new ConfigError(name, `must list origins such as https://pollen.example (scheme, host, port), got "${value}"`);
    }
    return parsed.origin;
  });
}

function jwtSecret(env: Env, nodeEnv: PollenConfig['nodeEnv'], dataDir: string): string {
  const raw = env.JWT_SECRET;
  if (raw !== undefined && raw !== '') {
    if (raw.length < 32) throw new ConfigError('JWT_SECRET', 'must be at least 32 characters');
    return raw;
  }
  if (nodeEnv === 'production') throw new ConfigError('JWT_SECRET', 'is required when NODE_ENV=production');
  // Development: generate once and keep it beside the data so sessions survive restarts.
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(48).toString('base64url');
  try {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, secret, { mode: 0o600 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError('POLLEN_DATA_DIR', `cannot be written at ${dataDir} (${code}): set POLLEN_DATA_DIR to a folder Pollen may write`);
  }
  return secret;
}

function metricsToken(env: Env): string | null {
  const raw = env.METRICS_TOKEN;
  if (raw === undefined || raw === '') return null;
  if (raw.length < 16) throw new ConfigError('METRICS_TOKEN', 'must be at least 16 characters');
  return raw;
}

function redisKeyPrefix(env: Env): string {
  const raw = env.REDIS_KEY_PREFIX || 'pollen';
  if (!/^[\w:.-]{1,64}$/.test(raw)) throw new ConfigError('REDIS_KEY_PREFIX', `must be 1–64 letters, digits or ":._-", got "${raw}"`);
  return raw;
}

/** TRUST_PROXY: unset/false, true (any: only behind a proxy that overwrites the header), a hop count, or addresses/subnets. */
function trustProxy(env: Env): boolean | number | string {
  const raw = env.TRUST_PROXY;
  if (raw === undefined || raw === '' || raw === 'false') return false;
  if (raw === 'true') return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  if (!/^[\w.:/,\s-]+$/.test(raw)) throw new ConfigError('TRUST_PROXY', `must be true, false, a number of hops or addresses, got "${raw}"`);
  return raw;
}

export function loadConfig(env: Env = process.env): PollenConfig {
  const v = parseEnv(env);
  const nodeEnv = v.NODE_ENV ?? 'development';
  const databaseUrl = v.DATABASE_URL ?? null;
  const dataDir = env.POLLEN_DATA_DIR ? resolve(env.POLLEN_DATA_DIR) : defaultDataDir(env, databaseUrl === null);
  return {
    nodeEnv,
    port: v.PORT ?? 3000,
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: v.POLLEN_EMBEDDED_PG_PORT ?? 54329,
    redisUrl: v.REDIS_URL ?? null,
    jwtSecret: jwtSecret(env, nodeEnv, dataDir),
    accessTokenTtlSeconds: v.ACCESS_TOKEN_TTL ?? 900,
    refreshTokenTtlSeconds: v.REFRESH_TOKEN_TTL ?? 30 * 86_400,
    logLevel: v.LOG_LEVEL ?? 'log',
    seedDemo: v.POLLEN_SEED_DEMO ?? databaseUrl === null,
    counterFoldIntervalMs: v.COUNTER_FOLD_INTERVAL_MS ?? 250,
    tallyIntervalMs: v.TALLY_INTERVAL_MS ?? 250,
    feedCacheMs: v.FEED_CACHE_MS ?? 250,
    ledgerSealIntervalMs: v.LEDGER_SEAL_INTERVAL_MS ?? 250,
    ledgerVoteBatchMs: v.LEDGER_VOTE_BATCH_MS ?? 600_000,
    ledgerVoteMinVoters: v.LEDGER_VOTE_MIN_VOTERS ?? 3,
    ledgerVoteMaxWaitMs: v.LEDGER_VOTE_MAX_WAIT_MS ?? 86_400_000,
    statementMaxAgeMs: v.STATEMENT_MAX_AGE_MS ?? 5_000,
    statementStaleWaitMs: v.STATEMENT_STALE_WAIT_MS ?? 1_000,
    relayEnabled: v.POLLEN_RELAY ?? true,
    logFormat: v.LOG_FORMAT ?? (nodeEnv === 'development' ? 'pretty' : 'json'),
    metricsPort: v.METRICS_PORT ?? null,
    metricsToken: metricsToken(env),
    shutdownDrainMs: v.SHUTDOWN_DRAIN_MS ?? 0,
    shutdownGraceMs: v.SHUTDOWN_GRACE_MS ?? 15_000,
    readyMaxOutboxLagMs: v.READY_MAX_OUTBOX_LAG_MS ?? 30_000,
    rateLimitScale: v.RATE_LIMIT_SCALE ?? 1,
    redisKeyPrefix: redisKeyPrefix(env),
    trustProxy: trustProxy(env),
    consumers: v.POLLEN_CONSUMERS ?? 'all',
    outboxConsumerPollMs: v.OUTBOX_CONSUMER_POLL_MS ?? 1_000,
    sessionCookieSecure: v.SESSION_COOKIE_SECURE ?? nodeEnv === 'production',
    trustedOrigins: origins(env, 'TRUSTED_ORIGINS'),
    webDir: env.POLLEN_WEB_DIR ? resolve(env.POLLEN_WEB_DIR) : null,
    firstPageTimeoutMs: v.FIRST_PAGE_TIMEOUT_MS ?? 1_000,
    socketsPerAddress: v.SOCKETS_PER_ADDRESS ?? MAX_SOCKETS_PER_ADDRESS,
    socketsPerAccount: v.SOCKETS_PER_ACCOUNT ?? MAX_SOCKETS_PER_ACCOUNT,
    realtimeWire: v.REALTIME_WIRE ?? 'pollen',
  };
}
