import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JSONObjectScalar } from '@pollen/kernel';

@ObjectType('ChallengeEvent', { description: 'What socket.io clients receive; read back to catch up after a disconnection' })
export class ChallengeEventModel {
  @Field(() => ID)
  id: string;

  @Field()
  type: string;

  @Field(() => ID)
  challengeId: string;

  @Field(() => Int, { description: 'Increases by one per event of the challenge' })
  sequence: number;

  @Field()
  occurredAt: string;

  @Field(() => JSONObjectScalar)
  data: Record<string, unknown>;
}
