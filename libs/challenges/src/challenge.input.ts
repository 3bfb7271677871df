import { Field, ID, InputType } from '@nestjs/graphql';
import { ChallengeLanguage } from './challenge-language';
import { ChallengePhase } from './challenge-phase.policy';

@InputType()
export class CreateChallengeInput {
  @Field(() => ID)
  organizationId: string;

  @Field()
  title: string;

  @Field()
  brief: string;

  @Field(() => ChallengeLanguage)
  language: ChallengeLanguage;

  @Field(() => Date, { nullable: true })
  closesAt?: Date | null;
}

@InputType()
export class UpdateChallengeInput {
  @Field(() => ID)
  challengeId: string;

  @Field({ nullable: true })
  title?: string;

  @Field({ nullable: true })
  brief?: string;

  @Field(() => ChallengeLanguage, { nullable: true, description: 'Only while the challenge is a DRAFT' })
  language?: ChallengeLanguage;

  @Field(() => Date, { nullable: true, description: 'Must be in the future' })
  closesAt?: Date | null;
}

@InputType()
export class ReopenChallengeInput {
  @Field(() => ID)
  challengeId: string;

  @Field(() => ChallengePhase, { description: 'IDEATION, VOTING or REVIEW' })
  phase: ChallengePhase;

  @Field({ description: 'Why it reopens (3–2,000 characters); published with the phase change' })
  reason: string;

  @Field(() => Date, { nullable: true, description: 'A new close date (required when the old one has passed), or null for none' })
  closesAt?: Date | null;
}
