import { ApolloClient, ApolloLink, CombinedGraphQLErrors, HttpLink, InMemoryCache } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { ErrorLink } from '@apollo/client/link/error';
import { RetryLink } from '@apollo/client/link/retry';
import { relayStylePagination } from '@apollo/client/utilities';
import { Observable, tap } from 'rxjs';
import { accessToken, refresh, whenRestored } from '../features/auth/session';
import { noteReadsIn } from '../features/realtime/reads';
import { newKey } from '../shared/idempotency';

/**
 * One cache for all server data. Ideas, comments and users are normalised by id, so a socket
 * event written into `Idea:<id>` changes every place that idea is shown.
 */
export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          ideas: relayStylePagination(['challengeId', 'orderBy', 'search']),
          challenges: relayStylePagination(['phase', 'organizationId']),
          notifications: relayStylePagination(['unreadOnly']),
          moderationQueue: relayStylePagination(['organizationId', 'filter']),
          moderationLog: relayStylePagination(['organizationId', 'targetId', 'search', 'action']),
          reviewBoard: relayStylePagination(['challengeId', 'orderBy', 'status']),
          // A statement's later pages add rows to the same statement (the head and totals are the latest page's).
          ownershipStatement: {
            keyArgs: ['challengeId', 'pool'],
            merge: (existing: { edges?: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }) =>
              args?.after && existing?.edges ? { ...incoming, edges: [...existing.edges, ...incoming.edges] } : incoming,
          },
          // An idea already in the cache (from a feed) shows at once on its own page.
          idea: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Idea', id: args?.id as string }) },
          challenge: { read: (existing, { args, toReference }) => existing ?? toReference({ __typename: 'Challenge', id: args?.id as string }) },
        },
      },
      Idea: { fields: { comments: relayStylePagination() } },
      Participant: { fields: { ideas: relayStylePagination(), comments: relayStylePagination(), contributions: relayStylePagination() } },
      Comment: { fields: { replies: relayStylePagination() } },
      // One's own privacy choices: one record each, kept current by the mutations' answers.
      PrivacySettings: { keyFields: [] },
      NotificationPreference: { keyFields: ['kind'] },
      OwnershipStatement: { keyFields: false },
      LedgerHead: { keyFields: false },
    },
  });
}

const isMutation = (operation: ApolloLink.Operation) => operation.operationType === 'mutation';

/**
 * Headers: the access token from memory; an `Idempotency-Key` on every mutation, the one the
 * action chose (context `idempotencyKey`) or one made here, kept in the operation's context so a
 * retry of the same operation sends the same key.
 */
const headers = new SetContextLink(async (previous, operation) => {
  await whenRestored();
  const token = accessToken();
  const key = isMutation(operation as ApolloLink.Operation) ? ((previous.idempotencyKey as string | undefined) ?? newKey()) : undefined;
  return {
    idempotencyKey: key,
    headers: {
      ...(previous.headers as Record<string, string> | undefined),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(key ? { 'idempotency-key': key } : {}),
    },
  };
});

/** An expired access token: refresh once, then send the same operation again (same key). */
const expired = new ErrorLink(({ error, operation, forward }) => {
  if (!CombinedGraphQLErrors.is(error)) return;
  if (!error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) return;
  if (!accessToken() || operation.getContext().retriedAfterRefresh) return;
  operation.setContext({ retriedAfterRefresh: true });
  return new Observable<ApolloLink.Result>((observer) => {
    let inner: { unsubscribe(): void } | undefined;
    refresh().then(
      (ok) => {
        if (!ok) return observer.error(error);
        inner = forward(operation).subscribe(observer);
      },
      (e: unknown) => observer.error(e),
    );
    return () => inner?.unsubscribe();
  });
});

/** Network failures (not answers) are retried a few times, with the same idempotency key. */
const retry = new RetryLink({
  delay: { initial: 300, max: 3_000, jitter: true },
  attempts: { max: 4, retryIf: (error) => !CombinedGraphQLErrors.is(error) },
});

/** What each answer was read at, for the live stream of its challenge (features/realtime/reads.ts), before the cache is written. */
const reads = new ApolloLink((operation, forward) =>
  forward(operation).pipe(tap((result) => noteReadsIn(result.data as Parameters<typeof noteReadsIn>[0], operation.variables))),
);

export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([reads, retry, expired, headers, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
