import { graphql } from '../../../gql';

/** What a card in a feed shows; socket events write these same fields. */
export const IDEA_CARD_FIELDS = graphql(`
  fragment IdeaCardFields on Idea {
    id
    title
    body
    tags
    score
    upvotes
    downvotes
    viewerVote
    commentCount
    status
    createdAt
    author {
      id
      displayName
    }
    buildsOn {
      id
    }
  }
`);
