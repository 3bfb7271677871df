import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';

export enum SentimentLabelValue {
  NEGATIVE = 'NEGATIVE',
  NEUTRAL = 'NEUTRAL',
  POSITIVE = 'POSITIVE',
}
registerEnumType(SentimentLabelValue, { name: 'SentimentLabel' });

@ObjectType('Sentiment', { description: 'The mood of a text, labelled off the request path (null on content not labelled yet)' })
export class SentimentModel {
  @Field(() => SentimentLabelValue)
  label: SentimentLabelValue;

  @Field(() => Float, { description: 'From -1 (most negative) to 1 (most positive)' })
  score: number;

  @Field({ description: 'The language it was read in: the challenge’s' })
  language: string;

  @Field()
  labelledAt: Date;
}
