import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
import type { TeamPageData } from './team-page';

/**
 * The challenge page's first data, sent in the page itself. The client's build names the two
 * queries its challenge page starts with (`first-page.json`: the challenge and the first page of
 * its feed, as Apollo Client sends them); for a challenge's address the API asks its own public
 * GraphQL endpoint for them, as a reader who is not signed in, and puts the answers at the end of
 * the page, so the client renders its first ideas without waiting for its scripts' requests. The
 * client still reads both again as the signed-in reader (their own votes), as before.
 */
export interface FirstPageQueries {
  challenge: string;
  feed: string;
  /** A team page's (team-page.ts): the guard's, then the queue's or the dashboard's; absent from an older build. */
  teamChallenge?: string;
  moderationQueue?: string;
  challengeInsights?: string;
}

/** The element the client reads the data from (apps/web/src/app/first-page.ts). */
export const FIRST_PAGE_ELEMENT = 'pollen-first-page';

const CHALLENGE_PAGE = /^\/challenges\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/?$/i;
/** The feed orders the challenge page offers by its `sort` parameter (HOT when absent). */
const ORDERS = ['HOT', 'TOP', 'NEW'];

export function readFirstPageQueries(webDir: string): FirstPageQueries | null {
  const file = join(webDir, 'first-page.json');
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<FirstPageQueries>;
  return typeof parsed.challenge === 'string' && typeof parsed.feed === 'string' ? parsed as FirstPageQueries : null;
}

/** The challenge and feed order a page address shows first; null for any other page, or a search (its results are another query). */
export interface FirstPage {
  challengeId: string;
  orderBy: string;
}

export function firstPageOf(path: string, query: Request['query']): FirstPage | null {
  const match = CHALLENGE_PAGE.exec(path);
  if (!match || query.q !== undefined) return null;
  const sort = typeof query.sort === 'string' && ORDERS.includes(query.sort) ? query.sort : 'HOT';
  return { challengeId: match[1].toLowerCase(), orderBy: sort };
}

/**
 * JSON that is safe inside a `<script type="application/json">` element: `<`, `>` and `&` as
 * `\u` escapes, so no text (an idea titled `</script><script>…`) can end the element or open a
 * comment; U+2028 and U+2029 too. JSON.parse reads them back as the same characters.
 */
export function jsonForScriptElement(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One of the client's queries asked of the API's own GraphQL endpoint; its data, or null on any error. `token`: read as that reader. */
export async function ask(endpoint: string, query: string, variables: Record<string, unknown>, signal: AbortSignal, requestId: string | undefined, token?: string): Promise<unknown> {
  const res = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(requestId ? { 'x-request-id': requestId } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  if (!res.ok) return null;
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  return body.errors || !body.data ? null : body.data;
}

/** The page's first data: its address's challenge and feed order, and the answers to the client's two queries. */
export interface FirstPageData extends FirstPage {
  challenge: { challenge: unknown };
  feed: { ideas: unknown };
}

/** The API's own GraphQL endpoint, at the address the request came in on; null when the socket names none. */
export function ownEndpoint(req: Request): string | null {
  const { localAddress, localPort } = req.socket;
  if (!localAddress || !localPort) return null;
  const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
  return `http://${host}:${localPort}/graphql`;
}

export const requestIdOf = (req: Request): string | undefined => (typeof req.headers['x-request-id'] === 'string' ? req.headers['x-request-id'] : undefined);

/**
 * The page's first data, or null when there is none to give (another page, a challenge a reader
 * may not see, an error, or past the timeout).
 */
export async function readFirstPageData(req: Request, page: FirstPage, queries: FirstPageQueries, timeoutMs: number): Promise<FirstPageData | null> {
  const endpoint = ownEndpoint(req);
  if (!endpoint) return null;
  const requestId = requestIdOf(req);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const [challenge, feed] = await Promise.all([
      ask(endpoint, queries.challenge, { id: page.challengeId }, signal, requestId),
      ask(endpoint, queries.feed, { challengeId: page.challengeId, orderBy: page.orderBy }, signal, requestId),
    ]);
    if (!challenge || !feed || !(challenge as { challenge?: unknown }).challenge || !(feed as { ideas?: unknown }).ideas) return null;
    return { ...page, challenge: challenge as FirstPageData['challenge'], feed: feed as FirstPageData['feed'] };
  } catch {
    return null;
  }
}

/** The `<script type="application/json">` element the client reads the first data from. */
export function firstPageElement(data: FirstPageData | TeamPageData): string {
  return `<script type="application/json" id="${FIRST_PAGE_ELEMENT}">${jsonForScriptElement(data)}</script>`;
}
