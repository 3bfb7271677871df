import { graphql } from '../../../gql';

export const PARTICIPANT = graphql(`
  query Participant($id: ID!) {
    participant(id: $id) {
      id
      displayName
      joinedAt
      ideas(first: 10) {
        edges {
          node {
            ...IdeaCardFields
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
      comments(first: 10) {
        edges {
          node {
            id
            body
            createdAt
            idea {
              id
              title
            }
          }
        }
      }
      contributions(first: 10) {
        edges {
          node {
            ideaCount
            commentCount
            lastContributedAt
            challenge {
              id
              title
            }
            ownership {
              points
              shareBasisPoints
              rank
              participantCount
              ledgerHead {
                seq
                hash
              }
            }
          }
        }
      }
    }
  }
`);
