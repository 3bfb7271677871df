import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsersLoader } from '@pollen/identity';
import { BoundedList, MEMBERS_PAGE_DEFAULT, MEMBERS_PAGE_MAX, PagedList, RequestContext, Viewer } from '@pollen/kernel';
import { OrganizationInvitationModel } from './organization-invitation.model';
import { InvitationRow } from './organization-invitations.repository';
import { INVITATIONS_LISTED_MAX, OrganizationInvitationsService } from './organization-invitations.service';
import { OrganizationRole } from './organization-role';
import { OrganizationMemberModel, OrganizationModel } from './organization.model';
import { OrganizationsLoader } from './organizations.loader';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationFieldResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersLoader,
    private readonly invitations: OrganizationInvitationsService,
    private readonly loader: OrganizationsLoader,
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
    const limit = this.organizations.membersLimit(first);
    this.organizations.assertSeesTeam(await this.loader.viewerRole(ctx, organization.id, viewer));
    const rows = await this.loader.members(ctx, organization.id, limit);
    const users = await Promise.all(rows.map((row) => this.users.load(ctx, row.userId)));
    return rows.map((row, i) => ({ user: users[i]!, role: row.role, createdAt: row.createdAt }));
  }

  @ResolveField(() => OrganizationRole, { nullable: true, description: "The viewer's role in this organisation" })
  viewerRole(@Parent() organization: OrganizationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext): Promise<OrganizationRole | null> {
    return this.loader.viewerRole(ctx, organization.id, viewer);
  }

  @ResolveField(() => [OrganizationInvitationModel], { description: 'Pending invitations to the team (at most 100); its owners only' })
  @BoundedList(INVITATIONS_LISTED_MAX)
  async pendingInvitations(@Parent() organization: OrganizationRow, @CurrentViewer() viewer: Viewer | null, @Context() ctx: RequestContext): Promise<InvitationRow[]> {
    this.invitations.assertSeesInvitations(await this.loader.viewerRole(ctx, organization.id, viewer));
    return this.loader.pendingInvitations(ctx, organization.id);
  }
}
