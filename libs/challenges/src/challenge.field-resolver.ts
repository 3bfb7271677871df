import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OwnershipPolicyModel } from '@pollen/ledger';
import { RequestContext } from '@pollen/kernel';
import { OrganizationModel, OrganizationRow, OrganizationsLoader } from '@pollen/organizations';
import { ChallengePhase, effectivePhase } from './challenge-phase.policy';
import { ChallengeModel } from './challenge.model';
import { ChallengeRow } from './challenges.repository';
import { ChallengesLoader } from './challenges.loader';

@Resolver(() => ChallengeModel)
export class ChallengeFieldResolver {
  constructor(
    private readonly organizations: OrganizationsLoader,
    private readonly loader: ChallengesLoader,
  ) {}

  @ResolveField(() => ChallengePhase)
  phase(@Parent() challenge: ChallengeRow): ChallengePhase {
    return effectivePhase(challenge.phase, challenge.closesAt);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() challenge: ChallengeRow, @Context() ctx: RequestContext): Promise<OrganizationRow> {
    return (await this.organizations.load(ctx, challenge.organizationId))!;
  }

  @ResolveField(() => OwnershipPolicyModel, { description: 'How contributions earn ownership; frozen once the challenge opens' })
  async ownershipPolicy(@Parent() challenge: ChallengeRow, @Context() ctx: RequestContext): Promise<OwnershipPolicyModel> {
    return OwnershipPolicyModel.from((await this.loader.policy(ctx, challenge.id))!);
  }
}
