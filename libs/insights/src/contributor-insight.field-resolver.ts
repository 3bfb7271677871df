import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { RequestContext } from '@pollen/kernel';
import { PartyOwnersLoader } from '@pollen/ownership';
import { ContributorInsightModel } from './insights.model';

@Resolver(() => ContributorInsightModel)
export class ContributorInsightFieldResolver {
  constructor(
    private readonly users: UsersLoader,
    private readonly owners: PartyOwnersLoader,
  ) {}

  /**
   * The account behind an author pseudonym (the brand team sees its participants named), or null
   * for a voter pseudonym: the public ledger names no voter, not even to the brand.
   */
  @ResolveField(() => UserModel, { nullable: true, description: 'The participant behind an author pseudonym, or null for a voter pseudonym (or one an erasure forgot)' })
  async participant(@Parent() row: ContributorInsightModel, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    const owner = await this.owners.owner(ctx, row.challengeId, row.participantId);
    return owner === null ? null : this.users.load(ctx, owner);
  }
}
