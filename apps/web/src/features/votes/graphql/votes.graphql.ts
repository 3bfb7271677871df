import { graphql } from '../../../gql';

export const CAST_VOTE = graphql(`
  mutation CastVote($ideaId: ID!, $value: VoteValue!) {
    castVote(ideaId: $ideaId, value: $value) {
      id
      score
      upvotes
      downvotes
      viewerVote
    }
  }
`);
