import { PollenError } from './pollen.error';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './limits.constant';

/**
 * Opaque keyset cursors: base64url of a JSON array of the sort key values of the last row.
 * Keyset (not offset) pagination keeps pages correct while new rows arrive.
 * The first element names the ordering so a cursor cannot be replayed against another one.
 */
export type CursorKey = Array<string | number>;

export function encodeCursor(ordering: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([ordering, ...key])).toString('base64url');
}

/**
 * What each value of a cursor must be, as the column it is compared with takes it: a finite
 * double (`number`), a 4-byte float (`real`), a 4-byte signed integer (`int`), a non-negative
 * safe integer (`integer`), a bigint as digits (`digits`), a UUID, a timestamp as PostgreSQL
 * prints it, or any string. A client can forge a cursor (1.5 for an integer, 1e20, garbage); it
 * gets BAD_USER_INPUT naming `after`, never a database error.
 */
export type CursorPart = 'number' | 'real' | 'int' | 'integer' | 'digits' | 'uuid' | 'timestamp' | 'string';

const REAL_MAX = 3.4028234663852886e38;
const BIGINT_MAX = 9223372036854775807n;

const PART_OK: Record<CursorPart, (value: unknown) => boolean> = {
  number: (value) => typeof value === 'number' && Number.isFinite(value),
  real: (value) => typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= REAL_MAX,
  int: (value) => typeof value === 'number' && Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31,
  integer: (value) => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0,
  digits: (value) => typeof value === 'string' && /^\d{1,19}$/.test(value) && BigInt(value) <= BIGINT_MAX,
  uuid: (value) => typeof value === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value),
  timestamp: (value) => typeof value === 'string' && isTimestamp(value),
  string: (value) => typeof value === 'string',
};

/** A timestamp as PostgreSQL prints timestamptz (`2030-01-01 00:00:00.123456+00`), and a real date. */
function isTimestamp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?([+-]\d{2})(?::?(\d{2}))?$/.exec(value);
  if (!match) return false;
  const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match.map(Number);
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  // PostgreSQL refuses a displacement beyond ±15:59.
  const offsetOk = Math.abs(offsetHours) <= 15 && (Number.isNaN(offsetMinutes) || offsetMinutes < 60);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60 && second < 60 && offsetOk;
}

export function decodeCursor(cursor: string, ordering: string, shape: CursorPart[]): CursorKey {
  const fail = (): PollenError => PollenError.badInput('after', 'is not a valid cursor for this list');
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed[0] !== ordering || parsed.length !== shape.length + 1) throw fail();
  const key = parsed.slice(1) as CursorKey;
  key.forEach((value, i) => {
    if (!PART_OK[shape[i]](value)) throw fail();
  });
  return key;
}

/** `first` checked against a list's page size (a connection's unless told): its default when not given. */
export function pageSize(first: number | undefined | null, limits: { default: number; max: number } = { default: DEFAULT_PAGE_SIZE, max: MAX_PAGE_SIZE }): number {
  if (first === undefined || first === null) return limits.default;
  if (!Number.isInteger(first) || first < 1 || first > limits.max) {
    throw PollenError.badInput('first', `must be between 1 and ${limits.max}`);
  }
  return first;
}

export interface Page<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** Builds a page from rows fetched with `limit + 1` to learn whether another page exists. */
export function toPage<T>(rows: T[], limit: number, cursorOf: (row: T) => string): Page<T> {
  const hasNextPage = rows.length > limit;
  const nodes = hasNextPage ? rows.slice(0, limit) : rows;
  const edges = nodes.map((node) => ({ cursor: cursorOf(node), node }));
  return { edges, pageInfo: { hasNextPage, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
}
