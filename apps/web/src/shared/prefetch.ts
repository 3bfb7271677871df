import { useState } from 'react';
import type { ApolloClient, DocumentNode, OperationVariables, TypedDocumentNode, WatchQueryFetchPolicy } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

/**
 * What a page is about to read, asked for as soon as its address is known: at start-up, beside the
 * session's refresh and the page's modules (routes.tsx, `preloadPage`), rather than by each
 * component once its parent's module and data have arrived. A control-room page was a chain of
 * five waits (its layout's module, the refresh, the guard's module, the guard's query, the page's
 * module, its query); with its reads prefetched it waits for the refresh and its queries only.
 *
 * The answer goes into the cache; the component that reads the same query with the same
 * variables within a few seconds reads it from there once (`usePrefetchedPolicy`) instead of
 * asking the network a second time. An error is left for the component's own read to meet.
 */
const FRESH_MS = 10_000;

interface Prefetch {
  promise: Promise<unknown>;
  /** When it answered without errors (0 until then, or after an error). */
  answeredAt: number;
}

/** By document (each a module's one object), then by its variables. */
const prefetches = new WeakMap<object, Map<string, Prefetch>>();

function entriesOf(query: object): Map<string, Prefetch> {
  let entries = prefetches.get(query);
  if (!entries) prefetches.set(query, (entries = new Map()));
  return entries;
}

/**
 * Reads a team page came with (app/first-page.ts: the API read them as its reader), by operation
 * name and variables: their documents are in the pages' own chunks, not in the first bundle, so
 * the answers wait here until the page's module asks for the same read, and are then written
 * into the cache as if that read had just answered.
 */
const pageReads = new Map<string, { data: unknown; at: number }>();

const operationNameOf = (query: object): string | undefined =>
  (query as DocumentNode).definitions.flatMap((d) => (d.kind === 'OperationDefinition' && d.name ? [d.name.value] : []))[0];

/** An answer the page carried for the operation `operationName` with `variables`. */
export function pageAnswered(operationName: string, variables: OperationVariables, data: unknown): void {
  pageReads.set(`${operationName} ${JSON.stringify(variables)}`, { data, at: Date.now() });
}

/** The page's answer to this read, written into the cache and counted as a prefetch that answered (once). */
function takePageRead(client: ApolloClient, query: object, variables: OperationVariables): void {
  const key = `${operationNameOf(query)} ${JSON.stringify(variables)}`;
  const read = pageReads.get(key);
  if (!read) return;
  pageReads.delete(key);
  if (Date.now() - read.at >= FRESH_MS) return;
  client.writeQuery({ query: query as DocumentNode, variables, data: read.data as Record<string, unknown> });
  entriesOf(query).set(JSON.stringify(variables), { promise: Promise.resolve(read.data), answeredAt: read.at });
}

/** Asks for `query` once (a second call for the same variables shares the first); its data, or undefined on an error. */
export function prefetchQuery<TData, TVariables extends OperationVariables>(client: ApolloClient, query: TypedDocumentNode<TData, TVariables>, variables: TVariables): Promise<TData | undefined> {
  takePageRead(client, query, variables);
  const entries = entriesOf(query);
  const key = JSON.stringify(variables);
  const known = entries.get(key);
  if (known && (known.answeredAt === 0 || Date.now() - known.answeredAt < FRESH_MS)) return known.promise as Promise<TData | undefined>;
  const entry: Prefetch = { promise: Promise.resolve(), answeredAt: 0 };
  entry.promise = client.query({ query, variables, fetchPolicy: 'network-only' } as ApolloClient.QueryOptions<TData, TVariables>).then(
    ({ data }) => {
      if (data) entry.answeredAt = Date.now();
      else entries.delete(key);
      return data ?? undefined;
    },
    () => {
      entries.delete(key);
      return undefined;
    },
  );
  entries.set(key, entry);
  return entry.promise as Promise<TData | undefined>;
}

/** A read the page itself answered (app/first-page.ts: the API put it in the HTML), as if it were prefetched now. */
export function answeredByPage(query: object, variables: OperationVariables, data: unknown): void {
  entriesOf(query).set(JSON.stringify(variables), { promise: Promise.resolve(data), answeredAt: Date.now() });
}

/**
 * The fetch policy of a component's read: `cache-first` when a prefetch of the same query and
 * variables answered in the last few seconds (used once, at the component's first render), else
 * `cache-and-network`, which is also what a change of variables goes back to.
 */
export function usePrefetchedPolicy(query: object, variables: OperationVariables): { fetchPolicy: WatchQueryFetchPolicy; initialFetchPolicy: WatchQueryFetchPolicy } {
  const client = useApolloClient();
  const [fetchPolicy] = useState<WatchQueryFetchPolicy>(() => {
    takePageRead(client, query, variables);
    const entries = entriesOf(query);
    const key = JSON.stringify(variables);
    const known = entries.get(key);
    if (!known?.answeredAt || Date.now() - known.answeredAt >= FRESH_MS) return 'cache-and-network';
    entries.delete(key);
    return 'cache-first';
  });
  return { fetchPolicy, initialFetchPolicy: 'cache-and-network' };
}
