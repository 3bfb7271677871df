import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '@pollen/kernel';

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

@ObjectType('ParticipantContributionConnection')
export class ParticipantContributionConnection extends Connection(ParticipantContributionModel) {}
