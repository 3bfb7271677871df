import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { RequestContext } from '@pollen/kernel';
import { ContributorInsightModel } from './insights.model';

@Resolver(() => ContributorInsightModel)
export class ContributorInsightFieldResolver {
  constructor(private readonly users: UsersLoader) {}

  /** The account, or null for a voter pseudonym: the public ledger names no voter, not even to the brand. */
  @ResolveField(() => UserModel, { nullable: true, description: 'The account, or null for a voter pseudonym' })
  async participant(@Parent() row: ContributorInsightModel, @Context() ctx: RequestContext): Promise<UserEntity | null> {
    return this.users.load(ctx, row.participantId);
  }
}
