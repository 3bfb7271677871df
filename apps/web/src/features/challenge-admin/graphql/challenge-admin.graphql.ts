import { graphql } from '../../../gql';

export const CREATE_CHALLENGE = graphql(`
  mutation CreateChallenge($input: CreateChallengeInput!) {
    createChallenge(input: $input) {
      id
      title
      phase
    }
  }
`);

export const CHALLENGE_SETTINGS = graphql(`
  query ChallengeSettings($id: ID!) {
    challenge(id: $id) {
      id
      title
      brief
      language
      phase
      closesAt
      ownershipPolicy {
        frozen
        frozenAt
        licence
        lineageDecay
        lineageGenerations
        weights {
          IDEA_PROPOSED
          IDEA_BUILT_UPON
          IDEA_SHORTLISTED
          IDEA_ADOPTED
          COMMENT
          COMMENT_HELPFUL
          VOTE_CAST
        }
      }
    }
  }
`);

export const UPDATE_CHALLENGE = graphql(`
  mutation UpdateChallenge($input: UpdateChallengeInput!) {
    updateChallenge(input: $input) {
      id
      title
      brief
      language
      closesAt
    }
  }
`);

export const SET_POLICY = graphql(`
  mutation SetPolicy($challengeId: ID!, $policy: OwnershipPolicyInput!) {
    setOwnershipPolicy(challengeId: $challengeId, policy: $policy) {
      frozen
      licence
      lineageDecay
      lineageGenerations
      weights {
        IDEA_PROPOSED
        IDEA_BUILT_UPON
        IDEA_SHORTLISTED
        IDEA_ADOPTED
        COMMENT
        COMMENT_HELPFUL
        VOTE_CAST
      }
    }
  }
`);

export const SET_PHASE = graphql(`
  mutation SetPhase($challengeId: ID!, $phase: ChallengePhase!) {
    setChallengePhase(challengeId: $challengeId, phase: $phase) {
      id
      phase
    }
  }
`);
