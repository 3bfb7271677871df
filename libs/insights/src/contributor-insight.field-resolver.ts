import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { RequestContext } from '@pollen/kernel';
import { ContributorInsightModel } from './insights.model';

@Resolver(() => ContributorInsightModel)
export class ContributorInsightFieldResolver {
  constructor(private readonly users: UsersLoader) {}

  @ResolveField(() => UserModel)
  async participant(@Parent() row: ContributorInsightModel, @Context() ctx: RequestContext): Promise<UserEntity> {
    return (await this.users.load(ctx, row.participantId))!;
  }
}
