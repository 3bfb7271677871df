import type { ApolloServerPlugin } from '@apollo/server';

/**
 * An answer that says SERVICE_UNAVAILABLE also carries the HTTP `Retry-After` header, for
 * clients and proxies that read it. The status stays 200, as for every GraphQL error over
 * `application/json`: a client reads `extensions.code` and `extensions.retryAfterSeconds`.
 */
export function retryAfterPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const seconds = response.body.singleResult.errors
            ?.filter((error) => error.extensions?.code === 'SERVICE_UNAVAILABLE')
            .map((error) => Number(error.extensions?.retryAfterSeconds) || 1);
          if (seconds?.length) response.http.headers.set('retry-after', String(Math.max(...seconds)));
        },
      };
    },
  };
}
