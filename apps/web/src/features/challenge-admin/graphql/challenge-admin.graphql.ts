import { graphql } from '../../../gql';

export const POLICY_FIELDS = graphql(`
  fragment PolicyFields on OwnershipPolicy {
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
`);

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
        ...PolicyFields
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
      ...PolicyFields
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
