import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { ChallengePhase } from './challenge-phase.policy';

@ArgsType()
export class ChallengesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;

  @Field(() => ChallengePhase, { nullable: true })
  phase?: ChallengePhase;

  @Field(() => ID, { nullable: true, description: "Only this organisation's challenges (its DRAFTs too, for its team)" })
  organizationId?: string;
}
