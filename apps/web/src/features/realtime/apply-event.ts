import type { ApolloCache, Reference } from '@apollo/client';
import { addToThread } from '../comments/thread-cache';
import { COMMENT_FIELDS, THREAD_COMMENT } from '../comments/graphql/comments.graphql';
import { graphql } from '../../gql';
import { IDEA_CARD_FIELDS } from '../ideas/graphql/idea-fields.graphql';
import type { LiveEvent } from './socket';

type Author = { id: string; displayName: string } | null;

/** The fields events carry (README, Realtime): each type uses some of them. */
interface EventData {
  ideaId: string;
  commentId: string;
  parentId?: string | null;
  title?: string;
  body?: string;
  tags?: string[];
  buildsOn?: string[];
  createdAt?: string;
  editedAt?: string;
  author?: Author;
  score?: number;
  upvotes?: number;
  downvotes?: number;
  revision?: number;
  to?: string;
  from?: string;
  targetType?: string;
  targetId?: string;
  closesAt?: string | null;
  brief?: string;
  /** moderation.actioned on a comment: the idea's public comment count after it. */
  commentCount?: number;
}

const IDEA_ID = graphql(`
  fragment IdeaId on Idea {
    id
  }
`);
const COMMENT_ID = graphql(`
  fragment CommentId on Comment {
    id
  }
`);

const ideaRef = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Idea', id });
const commentRef = (cache: ApolloCache, id: string) => cache.identify({ __typename: 'Comment', id });
const known = (cache: ApolloCache, typename: 'Idea' | 'Comment', id: string) =>
  cache.readFragment({ id: cache.identify({ __typename: typename, id }), fragment: typename === 'Idea' ? IDEA_ID : COMMENT_ID }) !== null;
const user = (author: Author | undefined) => (author ? { __typename: 'User' as const, id: author.id, displayName: author.displayName } : null);

/**
 * Writes one event into the normalised cache. Tallies, titles and threads change wherever they
 * are shown. Returns the id of an idea that is new to this page (for the "new ideas" button).
 */
export function applyEvent(cache: ApolloCache, event: LiveEvent): string | null {
  const d = event.data as unknown as EventData;
  switch (event.type) {
    case 'idea.voted':
      cache.modify({
        id: ideaRef(cache, d.ideaId),
        fields: { score: () => d.score, upvotes: () => d.upvotes, downvotes: () => d.downvotes },
      });
      return null;
    case 'idea.created': {
      if (known(cache, 'Idea', d.ideaId)) return null;
      cache.writeFragment({
        fragment: IDEA_CARD_FIELDS,
        data: {
          __typename: 'Idea',
          id: d.ideaId,
          title: d.title,
          body: d.body,
          tags: d.tags ?? [],
          score: 0,
          upvotes: 0,
          downvotes: 0,
          viewerVote: 'NONE',
          commentCount: 0,
          status: 'OPEN',
          createdAt: d.createdAt ?? event.occurredAt,
          author: user(d.author) ?? { __typename: 'User', id: '', displayName: '' },
          buildsOn: ((d.buildsOn ?? []) as string[]).map((id) => ({ __typename: 'Idea' as const, id })),
        },
      });
      // The ideas it builds on now have one more descendant.
      for (const id of (d.buildsOn ?? []) as string[]) cache.modify({ id: ideaRef(cache, id), fields: { builtUponBy: (_v, { DELETE }) => DELETE } });
      return d.ideaId as string;
    }
    case 'idea.revised':
      cache.modify({
        id: ideaRef(cache, d.ideaId),
        fields: {
          title: (v) => d.title ?? v,
          body: (v) => d.body ?? v,
          tags: (v) => d.tags ?? v,
          revision: (v) => d.revision ?? v,
          revisions: (_v, { DELETE }) => DELETE,
        },
      });
      return null;
    case 'idea.statusChanged':
      cache.modify({ id: ideaRef(cache, d.ideaId), fields: { status: () => d.to, decisions: (_v, { DELETE }) => DELETE } });
      return null;
    case 'comment.created':
      commentCreated(cache, event, d);
      return null;
    case 'comment.edited':
      cache.modify({ id: commentRef(cache, d.commentId), fields: { body: () => d.body, editedAt: () => d.editedAt ?? event.occurredAt } });
      return null;
    case 'comment.deleted':
      cache.modify({ id: commentRef(cache, d.commentId), fields: { body: () => null, author: () => null, deleted: () => true } });
      return null;
    case 'challenge.phaseChanged':
      cache.modify({ id: cache.identify({ __typename: 'Challenge', id: event.challengeId }), fields: { phase: () => d.to } });
      return null;
    case 'challenge.updated':
      cache.modify({
        id: cache.identify({ __typename: 'Challenge', id: event.challengeId }),
        fields: { title: (v) => d.title ?? v, brief: (v) => d.brief ?? v, closesAt: (v) => (d.closesAt === undefined ? v : d.closesAt) },
      });
      return null;
    case 'moderation.actioned':
      if (d.from === 'VISIBLE' && d.to !== 'VISIBLE') removeFromLists(cache, d);
      // The server's count, with the replies that went or came back with the comment.
      if (typeof d.commentCount === 'number') cache.modify({ id: ideaRef(cache, d.ideaId), fields: { commentCount: () => d.commentCount } });
      return null;
    default:
      return null;
  }
}

type Edges = { edges?: { node: Reference }[] } | undefined;
const without = (id: string) => (existing: Edges, { readField }: { readField: (field: string, from: Reference) => unknown }) =>
  existing?.edges ? { ...existing, edges: existing.edges.filter((edge) => readField('id', edge.node) !== id) } : existing;

/**
 * Hidden, held or merged by the brand's team: gone from every feed and thread of this page at once
 * (its own page answers with its state when opened again).
 */
function removeFromLists(cache: ApolloCache, d: EventData): void {
  if (!d.targetId) return;
  if (d.targetType === 'IDEA') {
    cache.modify({ id: 'ROOT_QUERY', fields: { ideas: without(d.targetId) as never } });
    cache.modify({ id: ideaRef(cache, d.targetId), fields: { moderationState: () => d.to } });
  } else if (d.targetType === 'COMMENT') {
    const modifier = without(d.targetId) as never;
    cache.modify({ id: ideaRef(cache, d.ideaId), fields: { comments: modifier } });
  }
}

function commentCreated(cache: ApolloCache, event: LiveEvent, d: EventData): void {
  // Our own comment is already there (the mutation's answer): counting it again would be wrong.
  if (known(cache, 'Comment', d.commentId)) return;
  const base = {
    __typename: 'Comment' as const,
    id: d.commentId,
    body: d.body ?? null,
    createdAt: d.createdAt ?? event.occurredAt,
    editedAt: null,
    deleted: false,
    helpful: false,
    parentId: d.parentId ?? null,
    replyCount: 0,
    author: user(d.author),
  };
  const ref = d.parentId
    ? cache.writeFragment({ fragment: COMMENT_FIELDS, data: base })
    : cache.writeFragment({
        fragment: THREAD_COMMENT,
        fragmentName: 'ThreadComment',
        data: { ...base, replies: { __typename: 'CommentConnection', edges: [], pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null } } },
      });
  if (ref) addToThread(cache, d.ideaId, base);
}
