import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsersLoader } from '@pollen/identity';
import { RequestContext, Viewer } from '@pollen/kernel';
import { OrganizationInvitationModel } from './organization-invitation.model';
import { InvitationRow } from './organization-invitations.repository';
import { OrganizationInvitationsService } from './organization-invitations.service';
import { OrganizationRole } from './organization-role';
import { OrganizationMemberModel, OrganizationModel } from './organization.model';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationFieldResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly users: UsersLoader,
    private readonly invitations: OrganizationInvitationsService,
  ) {}

  @ResolveField(() => [OrganizationMemberModel], { description: 'The brand team; visible to its members only' })
  async members(
    @Parent() organization: OrganizationRow,
    @CurrentViewer() viewer: Viewer | null,
    @Context() ctx: RequestContext,
  ): Promise<OrganizationMemberModel[]> {
    const rows = await this.organizations.members(organization.id, viewer);
    const users = await Promise.all(rows.map((row) => this.users.load(ctx, row.userId)));
    return rows.map((row, i) => ({ user: users[i]!, role: row.role, createdAt: row.createdAt }));
  }

  @ResolveField(() => OrganizationRole, { nullable: true, description: "The viewer's role in this organisation" })
  viewerRole(@Parent() organization: OrganizationRow, @CurrentViewer() viewer: Viewer | null): Promise<OrganizationRole | null> {
    return this.organizations.roleOf(organization.id, viewer);
  }

  @ResolveField(() => [OrganizationInvitationModel], { description: 'Pending invitations to the team (at most 100); its owners only' })
  pendingInvitations(@Parent() organization: OrganizationRow, @CurrentViewer() viewer: Viewer | null): Promise<InvitationRow[]> {
    return this.invitations.pendingOf(organization.id, viewer);
  }
}
