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
    moderationQueue(organizationId: $organizationId, filter: $filter, first: 20, after: $after) {
      counts {
        REPORTED
        HELD
        PENDING
        FLAGGED
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

export const DUPLICATE_CANDIDATES = graphql(`
  query DuplicateCandidates($challengeId: ID!) {
    duplicateCandidates(challengeId: $challengeId, first: 10) {
      ideaId
      otherId
      similarity
    }
  }
`);

export const MERGE_SIDE = graphql(`
  query MergeSide($id: ID!) {
    idea(id: $id) {
      id
      title
      body
      score
      upvotes
      downvotes
      commentCount
      moderationState
      createdAt
      author {
        id
        displayName
      }
    }
  }
`);

export const MERGE_IDEAS = graphql(`
  mutation MergeIdeas($input: MergeIdeasInput!) {
    mergeIdeas(input: $input) {
      id
      action
      targetId
    }
  }
`);

export const UNDO_MERGE = graphql(`
  mutation UndoMerge($input: UndoMergeInput!) {
    undoMerge(input: $input) {
      id
      action
      undoes
    }
  }
`);

export const MODERATION_LOG = graphql(`
  query ModerationLog($organizationId: ID!, $search: String, $action: ModerationActionKind, $after: String) {
    moderationLog(organizationId: $organizationId, search: $search, action: $action, first: 20, after: $after) {
      edges {
        node {
          id
          action
          reason
          targetId
          targetType
          challengeId
          createdAt
          undoes
          after
          actor {
            id
            displayName
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

export const MODERATION_RULES = graphql(`
  query ModerationRules($organizationId: ID!) {
    moderationRules(organizationId: $organizationId) {
      id
      kind
      action
      pattern
      createdAt
    }
  }
`);

export const ADD_RULE = graphql(`
  mutation AddModerationRule($input: AddModerationRuleInput!) {
    addModerationRule(input: $input) {
      id
      kind
      action
      pattern
      createdAt
    }
  }
`);

export const REMOVE_RULE = graphql(`
  mutation RemoveModerationRule($ruleId: ID!) {
    removeModerationRule(ruleId: $ruleId) {
      id
    }
  }
`);
