import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@pollen/kernel';
import { LedgerHeadModel } from '@pollen/ownership';

/** A participant as anyone may see them: never their email. */
@ObjectType('Participant', { description: 'A participant’s public profile' })
export class ParticipantModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field({ description: 'When they joined Pollen' })
  joinedAt: Date;
}

@ObjectType('ParticipantContribution', { description: 'What a participant contributed to one challenge' })
export class ParticipantContributionModel {
  @Field(() => Int, { description: 'Ideas they proposed or co-authored' })
  ideaCount: number;

  @Field(() => Int, { description: 'Comments of theirs that were not deleted' })
  commentCount: number;

  @Field({ description: 'Their latest idea or comment there' })
  lastContributedAt: Date;
}

@ObjectType('ParticipantShare', { description: 'A participant’s place in a challenge’s ownership statement' })
export class ParticipantShareModel {
  @Field(() => Float, { description: 'Points under the frozen policy' })
  points: number;

  @Field(() => Int, { description: 'Share in basis points (all shares of the statement sum to 10,000)' })
  shareBasisPoints: number;

  @Field(() => Int, { description: 'Rank by points, 1 first' })
  rank: number;

  @Field(() => Int)
  participantCount: number;

  @Field(() => LedgerHeadModel, { description: 'The ledger head the statement was computed from: `ledgerVerification` and `npm run ledger -- verify` check it' })
  ledgerHead: LedgerHeadModel;
}

@ObjectType('ParticipantContributionConnection')
export class ParticipantContributionConnection extends Connection(ParticipantContributionModel) {}
