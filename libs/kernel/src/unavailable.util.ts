import { inspect } from 'node:util';
import { PollenError } from './pollen.error';

/** How long a client is told to wait before retrying while the database or Redis is away. */
export const RETRY_AFTER_SECONDS = 2;

/**
 * PostgreSQL error classes that mean "not now" rather than "no": 08 connection exception,
 * 53 insufficient resources (too many connections, out of memory or disk), 57P operator
 * intervention (admin or crash shutdown, cannot connect now), and the waits that ended a
 * SQL statement (57014 for `statement_timeout`, 55P03 for `lock_timeout`) or a transaction (40001
 * serialization failure, 40P01 deadlock): each is worth retrying as it stands.
 */
const PG_CLASSES = /^(08|53|57P)/;
const PG_CODES = new Set(['57014', '55P03', '40001', '40P01']);
/** Node's socket errors: the server is not there, or went away mid-conversation. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
/** Errors of pg, pg-pool, TypeORM and ioredis that carry no code, by name or message. */
const NAMES = new Set(['QueryRunnerAlreadyReleasedError', 'MaxRetriesPerRequestError', 'ConnectionIsNotSetError']);
const MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /is not queryable/,
  /^Connection is closed\.?$/,
  /^Stream isn't writeable/,
  /^Reached the max retries per request limit/,
];

/**
 * Whether an error means a dependency (PostgreSQL, Redis) is unreachable or overwhelmed, rather
 * than a bug or a refusal. Follows the error's causes (TypeORM's `driverError`, `cause`), a few
 * levels deep.
 */
export function isUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === 'object'; depth++) {
    const { code, name, message, driverError, cause } = current as { code?: unknown; name?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (PG_CLASSES.test(code) || PG_CODES.has(code) || SOCKET_CODES.has(code))) return true;
    if (typeof name === 'string' && NAMES.has(name)) return true;
    if (typeof message === 'string' && MESSAGES.some((pattern) => pattern.test(message))) return true;
    current = driverError ?? cause;
  }
  return false;
}

/**
 * What a client may be told of an error, the same at every boundary (GraphQL, sockets): a
 * domain refusal as it is; a lost database or Redis as SERVICE_UNAVAILABLE with when to retry;
 * null for anything else (a bug: logged, answered generically).
 */
export function publicError(error: unknown): PollenError | null {
  if (error instanceof PollenError) return error;
  if (isUnavailable(error)) return PollenError.unavailable(RETRY_AFTER_SECONDS);
  return null;
}

/** What a client reads of an error, at every boundary: its code, its message, and the refusal's details. */
export interface PublicErrorBody {
  code: string;
  message: string;
  [detail: string]: unknown;
}

/**
 * The one mapping from an error to what a client is told (GraphQL's `extensions`, the HTTP
 * filter's `error`, a socket's ack and `connect_error`): `publicError`'s answer with its details,
 * or, for anything else (a bug), INTERNAL_SERVER_ERROR, logged to `logger` when one is given.
 */
export function publicErrorBody(error: unknown, logger?: { error(message: string): unknown }): PublicErrorBody {
  const answer = publicError(error);
  if (answer) return { code: answer.code, message: answer.message, ...answer.details };
  logger?.error(error instanceof Error ? (error.stack ?? error.message) : inspect(error));
  return { code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' };
}
