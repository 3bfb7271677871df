import { graphql } from '../../../gql';

export const CHALLENGES = graphql(`
  query Challenges($after: String) {
    challenges(first: 20, after: $after) {
      edges {
        node {
          id
          title
          brief
          phase
          closesAt
          organization {
            id
            name
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

export const CHALLENGE = graphql(`
  query Challenge($id: ID!) {
    challenge(id: $id) {
      id
      title
      brief
      phase
      closesAt
      language
      eventSequence
      organization {
        id
        name
      }
      ownershipPolicy {
        licence
      }
    }
  }
`);
