import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsersLoader } from '@pollen/identity';
import { MEMBERS_PAGE_DEFAULT, MEMBERS_PAGE_MAX, PagedList, RequestContext, Viewer } from '@pollen/kernel';
import { OrganizationRole } from './organization-role';
import { OrganizationMemberModel, OrganizationModel } from './organization.model';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationFieldResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersLoader,
  ) {}

  @ResolveField(() => [OrganizationMemberModel], { description: 'The brand team, oldest member first; visible to its members only' })
  @PagedList(MEMBERS_PAGE_DEFAULT)
  async members(
    @Parent() organization: OrganizationRow,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: RequestContext,
    @Args('first', { type: () => Int, nullable: true, description: `How many, 1 to ${MEMBERS_PAGE_MAX} (default ${MEMBERS_PAGE_DEFAULT})` })
    first: number | null,
  ): Promise<OrganizationMemberModel[]> {
    const rows = await this.organizations.members(organization.id, viewer, first);
    const users = await Promise.all(rows.map((row) => this.users.load(ctx, row.userId)));
    return rows.map((row, i) => ({ user: users[i]!, role: row.role, createdAt: row.createdAt }));
  }

  @ResolveField(() => OrganizationRole, { nullable: true, description: "The viewer's role in this organisation" })
  viewerRole(@Parent() organization: OrganizationRow, @CurrentViewer() viewer: Viewer | null): Promise<OrganizationRole | null> {
    return this.organizations.roleOf(organization.id, viewer);
  }
}
