import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IDEA_BODY_MAX, LargeText } from '@pollen/kernel';
import { JSONObjectScalar } from './json-object.scalar';

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

  // An event carries what changed: an idea's whole text at most, or a challenge's brief.
  @Field(() => JSONObjectScalar)
  @LargeText(IDEA_BODY_MAX)
  data: Record<string, unknown>;
}
