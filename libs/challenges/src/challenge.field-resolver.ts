import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestContext } from '@pollen/kernel';
import { OrganizationModel, OrganizationRow, OrganizationsLoader } from '@pollen/organizations';
import { ChallengePhase, effectivePhase } from './challenge-phase.policy';
import { ChallengeModel } from './challenge.model';
import { ChallengeRow } from './challenges.repository';

@Resolver(() => ChallengeModel)
export class ChallengeFieldResolver {
  constructor(private readonly organizations: OrganizationsLoader) {}

  @ResolveField(() => ChallengePhase)
  phase(@Parent() challenge: ChallengeRow): ChallengePhase {
    return effectivePhase(challenge.phase, challenge.closesAt);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() challenge: ChallengeRow, @Context() ctx: RequestContext): Promise<OrganizationRow> {
    return (await this.organizations.load(ctx, challenge.organizationId))!;
  }
}
