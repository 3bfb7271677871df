import { graphql } from '../../../gql';

export const IDEAS_FEED = graphql(`
  query IdeasFeed($challengeId: ID!, $orderBy: IdeaOrder, $search: String, $after: String) {
    ideas(challengeId: $challengeId, orderBy: $orderBy, search: $search, first: 20, after: $after) {
      eventSequence
      edges {
        cursor
        node {
          ...IdeaCardFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const IDEA = graphql(`
  query Idea($id: ID!) {
    idea(id: $id) {
      ...IdeaCardFields
      revision
      updatedAt
      challenge {
        id
        eventSequence
        title
        phase
      }
      revisions {
        revision
        title
        body
        tags
        createdAt
      }
      buildsOn {
        id
        title
      }
      builtUponBy {
        id
        title
      }
      decisions {
        id
        from
        to
        reason
        decidedAt
      }
      ...IdeaAuthorship
    }
  }
`);

export const SIMILAR_IDEAS = graphql(`
  query SimilarIdeas($challengeId: ID!, $text: String!) {
    similarIdeas(challengeId: $challengeId, text: $text) {
      id
      title
      score
    }
  }
`);

export const PROPOSE_IDEA = graphql(`
  mutation ProposeIdea($input: ProposeIdeaInput!) {
    proposeIdea(input: $input) {
      ...IdeaCardFields
    }
  }
`);

export const REVISE_IDEA = graphql(`
  mutation ReviseIdea($input: ReviseIdeaInput!) {
    reviseIdea(input: $input) {
      ...IdeaCardFields
      revision
      revisions {
        revision
        title
        body
        tags
        createdAt
      }
    }
  }
`);
