import type { Request, Response } from 'express';
import { Viewer } from './viewer';

/**
 * What every GraphQL resolver receives as context. `req` is the per-request identity key; `res`
 * is there for the few answers that set a header (the session cookie), absent outside HTTP.
 */
export interface RequestContext {
  req: Request & { user?: Viewer | null };
  res?: Response;
}

export function viewerOf(ctx: RequestContext): Viewer | null {
  return ctx.req.user ?? null;
}

/**
 * Who a write comes from on the network, as the rate limits count it (see libs/limits): an
 * address, or INTERNAL_CLIENT for code no remote client reaches (seeding, CLIs).
 */
export type ClientKey = string;

export const INTERNAL_CLIENT: ClientKey = 'internal';

/**
 * The client key of an address: IPv4 as is (IPv4-mapped IPv6 read as IPv4), IPv6 as its /64,
 * since one subscriber is given a whole /64 and single addresses would be 2^64 clients.
 */
export function clientKeyOfAddress(address: string | undefined | null): ClientKey {
  if (!address) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1];
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}

/** The client of an HTTP request: express's `req.ip`, which believes X-Forwarded-For only as TRUST_PROXY says. */
export function clientKeyOf(req: Pick<Request, 'ip' | 'socket'>): ClientKey {
  return clientKeyOfAddress(req.ip ?? req.socket?.remoteAddress);
}
