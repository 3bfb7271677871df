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

export function decodeCursor(cursor: string, ordering: string, shape: Array<'string' | 'number'>): CursorKey {
  const fail = (): never => PollenError.badInput('after', 'is not a valid cursor for this list') as never;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw fail();
  }
  if (!Array.isArray(parsed) || parsed[0] !== ordering || parsed.length !== shape.length + 1) throw fail();
  const key = parsed.slice(1) as CursorKey;
  key.forEach((value, i) => {
    if (typeof value !== shape[i]) throw fail();
    if (typeof value === 'number' && !Number.isFinite(value)) throw fail();
  });
  return key;
}

export function pageSize(first: number | undefined | null): number {
  if (first === undefined || first === null) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw PollenError.badInput('first', `must be between 1 and ${MAX_PAGE_SIZE}`);
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
