import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
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
  /** How old an ownership statement may be before it is computed again (0: always at the latest head). */
  statementMaxAgeMs: number;
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
  /** Whether this instance runs the outbox consumers (one instance of a cluster runs each batch). */
  consumersEnabled: boolean;
  /** How often the outbox consumers look for work when no notification woke them. */
  outboxConsumerPollMs: number;
  /** Whether the refresh-token cookie is `Secure` (only sent over HTTPS); on by default in production. */
  sessionCookieSecure: boolean;
  /** Origins besides the API's own whose pages may use the cookie session (e.g. a separate dev server). */
  trustedOrigins: string[];
  /** The built web client served at `/` (null: apps/web/dist beside the code). */
  webDir: string | null;
  /** Realtime connections one client address (as TRUST_PROXY gives it), and one account, may hold on one instance. */
  socketsPerAddress: number;
  socketsPerAccount: number;
}

export class ConfigError extends Error {
  constructor(variable: string, problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

function url(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new ConfigError(name, 'is not a valid URL');
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new ConfigError(name, `must start with ${protocols.map((p) => `${p}//`).join(' or ')}`);
  }
  return raw;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!allowed.includes(raw as T)) throw new ConfigError(name, `must be one of ${allowed.join(', ')}, got "${raw}"`);
  return raw as T;
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (raw === 'true' || raw === '1') return true;
  if (raw === 'false' || raw === '0') return false;
  throw new ConfigError(name, `must be true or false, got "${raw}"`);
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
  const nodeEnv = oneOf(env, 'NODE_ENV', ['development', 'production', 'test'] as const, 'development');
  const databaseUrl = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const dataDir = env.POLLEN_DATA_DIR ? resolve(env.POLLEN_DATA_DIR) : defaultDataDir(env, databaseUrl === null);
  return {
    nodeEnv,
    port: int(env, 'PORT', 3000, 0, 65535),
    host: env.HOST || '0.0.0.0',
    databaseUrl,
    dataDir,
    embeddedPgPort: int(env, 'POLLEN_EMBEDDED_PG_PORT', 54329, 1024, 65535),
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:']),
    jwtSecret: jwtSecret(env, nodeEnv, dataDir),
    accessTokenTtlSeconds: int(env, 'ACCESS_TOKEN_TTL', 900, 30, 86_400),
    refreshTokenTtlSeconds: int(env, 'REFRESH_TOKEN_TTL', 30 * 86_400, 60, 365 * 86_400),
    logLevel: oneOf(env, 'LOG_LEVEL', ['error', 'warn', 'log', 'debug', 'verbose'] as const, 'log'),
    seedDemo: bool(env, 'POLLEN_SEED_DEMO', databaseUrl === null),
    counterFoldIntervalMs: int(env, 'COUNTER_FOLD_INTERVAL_MS', 250, 10, 60_000),
    tallyIntervalMs: int(env, 'TALLY_INTERVAL_MS', 250, 10, 60_000),
    feedCacheMs: int(env, 'FEED_CACHE_MS', 250, 0, 60_000),
    ledgerSealIntervalMs: int(env, 'LEDGER_SEAL_INTERVAL_MS', 250, 10, 60_000),
    ledgerVoteBatchMs: int(env, 'LEDGER_VOTE_BATCH_MS', 600_000, 0, 86_400_000),
    statementMaxAgeMs: int(env, 'STATEMENT_MAX_AGE_MS', 5_000, 0, 3_600_000),
    relayEnabled: bool(env, 'POLLEN_RELAY', true),
    logFormat: oneOf(env, 'LOG_FORMAT', ['json', 'pretty'] as const, nodeEnv === 'development' ? 'pretty' : 'json'),
    metricsPort: env.METRICS_PORT ? int(env, 'METRICS_PORT', 0, 0, 65535) : null,
    metricsToken: metricsToken(env),
    shutdownDrainMs: int(env, 'SHUTDOWN_DRAIN_MS', 0, 0, 60_000),
    shutdownGraceMs: int(env, 'SHUTDOWN_GRACE_MS', 15_000, 1_000, 300_000),
    readyMaxOutboxLagMs: int(env, 'READY_MAX_OUTBOX_LAG_MS', 30_000, 1_000, 3_600_000),
    rateLimitScale: int(env, 'RATE_LIMIT_SCALE', 1, 1, 1_000_000),
    redisKeyPrefix: redisKeyPrefix(env),
    trustProxy: trustProxy(env),
    consumersEnabled: bool(env, 'POLLEN_CONSUMERS', true),
    outboxConsumerPollMs: int(env, 'OUTBOX_CONSUMER_POLL_MS', 1_000, 10, 600_000),
    sessionCookieSecure: bool(env, 'SESSION_COOKIE_SECURE', nodeEnv === 'production'),
    trustedOrigins: origins(env, 'TRUSTED_ORIGINS'),
    webDir: env.POLLEN_WEB_DIR ? resolve(env.POLLEN_WEB_DIR) : null,
    socketsPerAddress: int(env, 'SOCKETS_PER_ADDRESS', MAX_SOCKETS_PER_ADDRESS, 1, 1_000_000),
    socketsPerAccount: int(env, 'SOCKETS_PER_ACCOUNT', MAX_SOCKETS_PER_ACCOUNT, 1, 10_000),
  };
}
