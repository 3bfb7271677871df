import { graphql } from '../../../gql';

export const COMMENT_FIELDS = graphql(`
  fragment CommentFields on Comment {
    id
    body
    createdAt
    editedAt
    deleted
    helpful
    parentId
    replyCount
    author {
      id
      displayName
    }
  }
`);

/**
 * A top-level comment with its first replies. Pages are small because the API prices a
 * connection at `first` × its children (10 comments × 5 replies stays under its cost limit).
 */
export const THREAD_COMMENT = graphql(`
  fragment ThreadComment on Comment {
    ...CommentFields
    replies(first: 5) {
      edges {
        node {
          ...CommentFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const THREAD = graphql(`
  query Thread($ideaId: ID!, $after: String) {
    idea(id: $ideaId) {
      id
      commentCount
      challenge {
        id
        eventSequence
      }
      comments(first: 10, after: $after) {
        eventSequence
        edges {
          node {
            ...ThreadComment
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const ADD_COMMENT = graphql(`
  mutation AddComment($input: AddCommentInput!) {
    addComment(input: $input) {
      ...ThreadComment
    }
  }
`);

export const EDIT_COMMENT = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const DELETE_COMMENT = graphql(`
  mutation DeleteComment($commentId: ID!) {
    deleteComment(commentId: $commentId) {
      ...CommentFields
    }
  }
`);

export const MARK_HELPFUL = graphql(`
  mutation MarkHelpful($commentId: ID!, $helpful: Boolean!) {
    markCommentHelpful(commentId: $commentId, helpful: $helpful) {
      id
      helpful
    }
  }
`);
