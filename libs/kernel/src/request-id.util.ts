import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The id of the request being served, wherever its work runs (services, SQL, the outbox insert).
 * A client's or a proxy's `X-Request-Id` is kept when it is well-formed; otherwise one is made,
 * so an id in a log line is never something a client smuggled in (no spaces, no newlines, no
 * JSON, at most REQUEST_ID_MAX characters).
 */
export const REQUEST_ID_HEADER = 'x-request-id';
export const REQUEST_ID_MAX = 64;
const WELL_FORMED = /^[A-Za-z0-9._:@-]{1,64}$/;

const current = new AsyncLocalStorage<string>();

export function requestIdFrom(header: string | string[] | undefined): string {
  const value = Array.isArray(header) ? header[0] : header;
  return value !== undefined && WELL_FORMED.test(value) ? value : randomUUID();
}

export function currentRequestId(): string | null {
  return current.getStore() ?? null;
}

export function withRequestId<T>(id: string, fn: () => T): T {
  return current.run(id, fn);
}
