import type { ApolloCache, Reference } from '@apollo/client';
import type { ThreadCommentFragment } from '../../gql/graphql';

interface Connection {
  edges: { node: Reference }[];
  pageInfo?: { hasNextPage?: boolean };
}

type ReadField = (field: string, from: Reference) => unknown;

/** A comment appended at the end of a loaded thread, once, and only when no later page is pending (that page will bring it). */
export function appendOnce(existing: Connection, ref: Reference, readField: ReadField): Connection {
  if (!existing?.edges || existing.pageInfo?.hasNextPage) return existing;
  if (existing.edges.some((edge) => readField('id', edge.node) === readField('id', ref))) return existing;
  return { ...existing, edges: [...existing.edges, { __typename: 'CommentEdge', cursor: '', node: ref } as { node: Reference }] };
}

/** Comments already put in their thread in this tab: the mutation's answer and the live event for it may come in either order. */
const placed = new Set<string>();

/**
 * Puts a new comment in its thread (under its parent for a reply) and counts it. Used for the
 * participant's own comment (the mutation's answer) and for others' (the live event).
 */
export function addToThread(cache: ApolloCache, ideaId: string, comment: ThreadCommentFragment | (Omit<ThreadCommentFragment, 'replies'> & { replies?: never })): void {
  const ref = cache.identify({ __typename: 'Comment', id: comment.id });
  if (!ref || placed.has(comment.id)) return;
  placed.add(comment.id);
  const node = { __ref: ref } as Reference;
  const modifier = ((existing: Connection, { readField }: { readField: ReadField }) => appendOnce(existing, node, readField)) as never;
  if (comment.parentId) {
    cache.modify({ id: cache.identify({ __typename: 'Comment', id: comment.parentId }), fields: { replyCount: (n: number) => n + 1, replies: modifier } });
  } else {
    cache.modify({ id: cache.identify({ __typename: 'Idea', id: ideaId }), fields: { comments: modifier } });
  }
  cache.modify({ id: cache.identify({ __typename: 'Idea', id: ideaId }), fields: { commentCount: (n: number) => n + 1 } });
}
