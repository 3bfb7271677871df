import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { OwnershipPolicyInput, OwnershipPolicyModel } from '@pollen/ledger';
import { ClientKey, Page, PagedConnection, Viewer, checkId, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { ChallengePhase } from './challenge-phase.policy';
import { CreateChallengeInput, UpdateChallengeInput } from './challenge.input';
import { ChallengeConnection, ChallengeModel } from './challenge.model';
import { ChallengesArgs } from './challenges.args';
import { ChallengeRow } from './challenges.repository';
import { ChallengesService } from './challenges.service';

@Resolver(() => ChallengeModel)
export class ChallengesResolver {
  constructor(private readonly service: ChallengesService) {}

  @Query(() => ChallengeModel)
  challenge(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<ChallengeRow> {
    return this.service.getVisible(checkId(id, 'id'), viewer);
  }

  @Query(() => ChallengeConnection)
  @PagedConnection()
  challenges(@CurrentViewer() viewer: Viewer | null, @Args() args: ChallengesArgs): Promise<Page<ChallengeRow>> {
    return this.service.list(viewer, args);
  }

  @Mutation(() => ChallengeModel)
  createChallenge(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: CreateChallengeInput): Promise<ChallengeRow> {
    return this.service.create(requireViewer(viewer), input, client);
  }

  @Mutation(() => ChallengeModel)
  updateChallenge(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: UpdateChallengeInput): Promise<ChallengeRow> {
    return this.service.update(requireViewer(viewer), input, client);
  }

  @Mutation(() => ChallengeModel)
  setChallengePhase(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('phase', { type: () => ChallengePhase }) phase: ChallengePhase,
  ): Promise<ChallengeRow> {
    return this.service.setPhase(requireViewer(viewer), challengeId, phase, client);
  }

  @Mutation(() => OwnershipPolicyModel, { description: 'Sets the ownership policy and licence of a DRAFT challenge (brand team)' })
  async setOwnershipPolicy(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('policy', { type: () => OwnershipPolicyInput }) policy: OwnershipPolicyInput,
  ): Promise<OwnershipPolicyModel> {
    return OwnershipPolicyModel.from(await this.service.setOwnershipPolicy(requireViewer(viewer), challengeId, policy, client));
  }
}
