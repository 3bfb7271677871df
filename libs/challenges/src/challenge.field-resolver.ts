import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OwnershipPolicyModel } from '@pollen/ledger';
import { RequestContext } from '@pollen/kernel';
import { OrganizationModel, OrganizationRow, OrganizationsLoader } from '@pollen/organizations';
import { ChallengePhase, effectivePhase } from './challenge-phase.policy';
import { ChallengeModel } from './challenge.model';
import { ChallengeRow } from './challenges.repository';
import { ChallengesService } from './challenges.service';

@Resolver(() => ChallengeModel)
export class ChallengeFieldResolver {
  constructor(
    private readonly organizations: OrganizationsLoader,
    private readonly challenges: ChallengesService,
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
  async ownershipPolicy(@Parent() challenge: ChallengeRow): Promise<OwnershipPolicyModel> {
    return OwnershipPolicyModel.from(await this.challenges.ownershipPolicy(challenge));
  }
}
