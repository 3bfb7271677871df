import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BoundedList, Weighs } from '@pollen/kernel';

/** Figures of a bucket are precomputed numbers read in one query: they add nothing to a query's cost but their bucket. */
const FREE = Weighs(0);
/** At most this many buckets (a year of days; 260 weeks fit too). */
export const MAX_BUCKETS = 366;

export enum InsightBucketSize {
  DAY = 'DAY',
  WEEK = 'WEEK',
}
registerEnumType(InsightBucketSize, { name: 'InsightBucketSize', description: 'UTC days, or ISO weeks (Monday to Sunday, UTC)' });

@ObjectType('SentimentCounts', { description: 'Ideas and comments labelled, by the day they were written' })
export class SentimentCountsModel {
  @FREE
  @Field(() => Int)
  positive: number;

  @FREE
  @Field(() => Int)
  neutral: number;

  @FREE
  @Field(() => Int)
  negative: number;
}

@ObjectType('StanceCounts', { description: 'Comments standing with a stated stance on their idea, by the day they were written' })
export class StanceCountsModel {
  @FREE
  @Field(() => Int)
  for: number;

  @FREE
  @Field(() => Int)
  neutral: number;

  @FREE
  @Field(() => Int)
  against: number;
}

@ObjectType('ModerationLoad')
export class ModerationLoadModel {
  @FREE
  @Field(() => Int, { description: 'Reports received' })
  reports: number;

  @FREE
  @Field(() => Int, { description: 'Items held by Pollen itself (reports or rules)' })
  holds: number;

  @FREE
  @Field(() => Int, { description: 'Actions taken by the brand team' })
  actions: number;
}

@ObjectType('InsightBucket')
export class InsightBucketModel {
  @FREE
  @Field({ description: 'First day of the bucket (UTC), YYYY-MM-DD' })
  start: string;

  @FREE
  @Field(() => Int, { description: 'Distinct participants who proposed, commented or voted in the bucket' })
  participants: number;

  @FREE
  @Field(() => Int)
  newIdeas: number;

  @FREE
  @Field(() => Int, { description: 'New votes (a change of mind is not a new vote)' })
  votes: number;

  @FREE
  @Field(() => Int)
  comments: number;

  @Field(() => SentimentCountsModel)
  sentiment: SentimentCountsModel;

  @Field(() => StanceCountsModel, { description: 'The commenters’ own stance, beside the sentiment' })
  stance: StanceCountsModel;

  @FREE
  @Field(() => Float, { nullable: true, description: '(positive - negative) / labelled, from -1 to 1; null when nothing was labelled' })
  netSentiment: number | null;

  @Field(() => ModerationLoadModel)
  moderation: ModerationLoadModel;
}

@ObjectType('IdeaInsight')
export class IdeaInsightModel {
  @Field(() => ID)
  ideaId: string;

  @Field(() => Int, { description: 'Comments standing (deleted ones taken off)' })
  comments: number;

  @Field(() => Int)
  upvotes: number;

  @Field(() => Int)
  downvotes: number;
}

@ObjectType('ContributorInsight')
export class ContributorInsightModel {
  /** Whose statement it is (not a field: the party's owner is looked up in it). */
  challengeId: string;

  @Field(() => ID, { description: 'The party of the ownership statement: an author pseudonym, or a voter pseudonym (the credit of one voter’s votes)' })
  participantId: string;

  @Field(() => Float, { description: 'Ledger points under the challenge’s policy' })
  points: number;

  @Field(() => Int, { description: 'Share of the ownership statement, in basis points' })
  shareBp: number;
}

@ObjectType('ChallengeInsights', { description: 'For the challenge’s brand team: precomputed figures per bucket, and rankings' })
export class ChallengeInsightsModel {
  @Field(() => ID)
  challengeId: string;

  @Field({ description: 'The first bucket’s first day (UTC)' })
  from: string;

  @Field({ description: 'The day after the last bucket (UTC)' })
  to: string;

  @Field(() => InsightBucketSize)
  bucket: InsightBucketSize;

  @Field(() => [InsightBucketModel], { description: 'Every bucket of the range, empty ones included, oldest first' })
  @BoundedList(MAX_BUCKETS)
  buckets: InsightBucketModel[];

  @Field(() => Int, { description: 'Distinct participants per bucket, summed (someone active in two buckets counts twice)' })
  participantBuckets: number;

  @Field(() => SentimentCountsModel, { description: 'The sentiment distribution over the range' })
  sentiment: SentimentCountsModel;

  @Field(() => StanceCountsModel, { description: 'The stance distribution over the range' })
  stance: StanceCountsModel;

  @Field(() => Float, { nullable: true, description: 'Trend of the net sentiment: its least-squares slope per bucket (null with fewer than two labelled buckets)' })
  sentimentTrend: number | null;

  @Field(() => ModerationLoadModel, { description: 'The moderation load over the range' })
  moderation: ModerationLoadModel;
}
