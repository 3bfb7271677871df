import { graphql } from '../../../gql';

export const CHALLENGE_INSIGHTS = graphql(`
  query ChallengeInsights($challengeId: ID!, $from: DateTime!, $to: DateTime!, $bucket: InsightBucketSize!) {
    challengeInsights(challengeId: $challengeId, from: $from, to: $to, bucket: $bucket) {
      challengeId
      from
      to
      bucket
      participantBuckets
      sentimentTrend
      sentiment {
        positive
        neutral
        negative
      }
      moderation {
        reports
        holds
        actions
      }
      buckets {
        start
        participants
        newIdeas
        votes
        comments
        netSentiment
        sentiment {
          positive
          neutral
          negative
        }
        moderation {
          reports
          holds
          actions
        }
      }
      mostDiscussed(first: 5) {
        ideaId
        comments
        upvotes
        downvotes
        idea {
          id
          title
        }
      }
      mostDivisive(first: 5) {
        ideaId
        comments
        upvotes
        downvotes
        idea {
          id
          title
        }
      }
      topContributors(first: 5) {
        participantId
        points
        shareBp
        participant {
          id
          displayName
        }
      }
    }
  }
`);
