import type { HttpRequestSpec } from '../load';

export interface FeedParams {
  challengeId: string;
  /** Readers' access tokens, used in rotation (the page carries each reader's own votes). */
  tokens: string[];
}

export const HOT_FEED_QUERY = `query HotFeed($c: ID!) {
  ideas(challengeId: $c, orderBy: HOT, first: 20) {
    edges { cursor node { id title score upvotes downvotes viewerVote commentCount author { id displayName } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export function httpSource(params: FeedParams): () => HttpRequestSpec {
  const body = JSON.stringify({ query: HOT_FEED_QUERY, variables: { c: params.challengeId } });
  let i = 0;
  return () => ({ body, token: params.tokens[i++ % params.tokens.length] });
}
