import { graphql } from '../../../gql';

export const UNREAD_COUNT = graphql(`
  query UnreadCount {
    unreadNotificationCount
  }
`);

export const NOTIFICATIONS = graphql(`
  query Notifications($after: String) {
    notifications(first: 20, after: $after) {
      edges {
        node {
          id
          kind
          read
          createdAt
          accepted
          decisionTo
          moderationAction
          moderationReason
          moderationVisibility
          decisionReason
          actor {
            id
            displayName
          }
          idea {
            id
            title
          }
          challenge {
            id
            title
          }
          comment {
            id
            body
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

export const MARK_READ = graphql(`
  mutation MarkNotificationsRead($upTo: ID, $ids: [ID!]) {
    markNotificationsRead(upTo: $upTo, ids: $ids) {
      marked
      unreadCount
    }
  }
`);
