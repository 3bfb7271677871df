import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ChallengeModel, ChallengeRow, ChallengesLoader } from '@pollen/challenges';
import { RequestContext } from '@pollen/kernel';
import { ParticipantContributionModel } from './participant.model';
import { ContributionRow } from './profiles.repository';

@Resolver(() => ParticipantContributionModel)
export class ParticipantContributionFieldResolver {
  constructor(private readonly challenges: ChallengesLoader) {}

  @ResolveField(() => ChallengeModel)
  async challenge(@Parent() row: ContributionRow, @Context() ctx: RequestContext): Promise<ChallengeRow> {
    return (await this.challenges.load(ctx, row.challengeId))!;
  }
}
