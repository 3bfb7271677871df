import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { CHALLENGE_BRIEF_MAX, Connection, LargeText } from '@pollen/kernel';
import { ChallengeLanguage } from './challenge-language';
import { ChallengePhase } from './challenge-phase.policy';

@ObjectType('Challenge')
export class ChallengeModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  @LargeText(CHALLENGE_BRIEF_MAX)
  brief: string;

  @Field(() => ChallengeLanguage)
  language: ChallengeLanguage;

  @Field(() => ChallengePhase, { description: 'CLOSED once closesAt has passed' })
  phase: ChallengePhase;

  @Field(() => Date, { nullable: true })
  closesAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, {
    description:
      'The last sequence of the challenge’s event stream when it was read (0 before its first event): a live client that joins the challenge’s room catches up from it with challengeEvents',
  })
  eventSequence: number;
}

@ObjectType('ChallengeConnection')
export class ChallengeConnection extends Connection(ChallengeModel) {}
