import { graphql } from '../../../gql';

export const MODERATION_ITEM_FIELDS = graphql(`
  fragment ModerationItemFields on ModerationItem {
    id
    targetId
    targetType
    state
    challengeId
    reporterCount
    standingReporters
    rule
    updatedAt
    reasons {
      reason
      count
    }
    reports(first: 3) {
      reason
      details
      inStanding
      createdAt
    }
    sentiment {
      label
      score
    }
    author {
      id
      displayName
    }
    idea {
      id
      title
      body
      score
      moderationState
    }
    comment {
      id
      body
      moderationState
    }
  }
`);

export const MODERATION_QUEUE = graphql(`
  query ModerationQueue($organizationId: ID!, $filter: ModerationQueueFilter, $after: String) {
    moderationQueue(organizationId: $organizationId, filter: $filter, first: 25, after: $after) {
      counts {
        REPORTED
        HELD
        PENDING
        HIDDEN
        RESOLVED
      }
      edges {
        node {
          ...ModerationItemFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const MODERATE = graphql(`
  mutation Moderate($input: ModerateInput!) {
    moderate(input: $input) {
      id
      action
      targetId
    }
  }
`);

export const SUSPEND = graphql(`
  mutation SuspendParticipant($input: SuspendInput!) {
    suspendParticipant(input: $input) {
      id
      action
      targetId
    }
  }
`);
