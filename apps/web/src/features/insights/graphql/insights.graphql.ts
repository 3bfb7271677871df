import { graphql } from '../../../gql';

export const IDEA_INSIGHT_FIELDS = graphql(`
  fragment IdeaInsightFields on IdeaInsight {
    ideaId
    comments
    upvotes
    downvotes
    idea {
      id
      title
    }
  }
`);

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
      stance {
        for
        neutral
        against
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
        ...IdeaInsightFields
      }
      mostDivisive(first: 5) {
        ...IdeaInsightFields
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
