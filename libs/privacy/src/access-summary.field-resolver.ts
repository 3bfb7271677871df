import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { OrganizationModel, OrganizationRow, OrganizationsLoader } from '@pollen/organizations';
import { RequestContext } from '@pollen/kernel';
import { AccessSummaryModel } from './privacy.model';

@Resolver(() => AccessSummaryModel)
export class AccessSummaryFieldResolver {
  constructor(private readonly organizations: OrganizationsLoader) {}

  @ResolveField(() => OrganizationModel, { nullable: true })
  organization(@Parent() row: { organizationId: string | null }, @Context() ctx: RequestContext): Promise<OrganizationRow | null> | null {
    return row.organizationId ? this.organizations.load(ctx, row.organizationId) : null;
  }
}
