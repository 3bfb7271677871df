import { graphql } from '../../../gql';

export const IDEA_AUTHORSHIP = graphql(`
  fragment IdeaAuthorship on Idea {
    id
    authors {
      accepted
      role
      shareBasisPoints
      user {
        id
        displayName
      }
    }
    authorshipProposal {
      proposedAt
      shares {
        basisPoints
        user {
          id
          displayName
        }
      }
      approvedBy {
        id
      }
    }
  }
`);

export const INVITE_CO_AUTHOR = graphql(`
  mutation InviteCoAuthor($ideaId: ID!, $userId: ID!) {
    inviteCoAuthor(ideaId: $ideaId, userId: $userId) {
      ...IdeaAuthorship
    }
  }
`);

export const RESPOND_CO_AUTHORSHIP = graphql(`
  mutation RespondToCoAuthorship($ideaId: ID!, $accept: Boolean!) {
    respondToCoAuthorship(ideaId: $ideaId, accept: $accept) {
      ...IdeaAuthorship
    }
  }
`);

export const PROPOSE_SPLIT = graphql(`
  mutation ProposeSplit($ideaId: ID!, $shares: [AuthorShareInput!]!) {
    proposeAuthorshipSplit(ideaId: $ideaId, shares: $shares) {
      ...IdeaAuthorship
    }
  }
`);

export const APPROVE_SPLIT = graphql(`
  mutation ApproveSplit($ideaId: ID!) {
    approveAuthorshipSplit(ideaId: $ideaId) {
      ...IdeaAuthorship
    }
  }
`);
