import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { RequestContext } from '@pollen/kernel';
import { LicenceAcceptanceModel } from './privacy.model';

@Resolver(() => LicenceAcceptanceModel)
export class LicenceAcceptanceFieldResolver {
  constructor(private readonly challenges: ChallengesLoader) {}

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() row: { challengeId: string }, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, row.challengeId))!;
  }
}
