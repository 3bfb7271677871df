import { graphql } from '../../../gql';

export const REVIEW_BOARD = graphql(`
  query ReviewBoard($challengeId: ID!, $orderBy: ReviewOrder, $status: IdeaStatus, $after: String) {
    reviewBoard(challengeId: $challengeId, orderBy: $orderBy, status: $status, first: 20, after: $after) {
      edges {
        node {
          id
          title
          body
          status
          score
          upvotes
          downvotes
          commentCount
          author {
            id
            displayName
          }
          sentiment {
            label
            score
          }
          decisions {
            id
            to
            reason
            decidedAt
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DECIDE_IDEA = graphql(`
  mutation DecideIdea($input: DecideIdeaInput!) {
    decideIdea(input: $input) {
      id
      status
      decisions {
        id
        to
        reason
        decidedAt
      }
    }
  }
`);
