import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UserEntity, UserModel, UsersLoader } from '@pollen/identity';
import { BoundedList, ClientKey, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { InviteOrganizationMemberInput, InvitationStatus, OrganizationInvitationModel } from './organization-invitation.model';
import { InvitationRow } from './organization-invitations.repository';
import { INVITATIONS_LISTED_MAX, OrganizationInvitationsService, statusOf } from './organization-invitations.service';
import { OrganizationModel } from './organization.model';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsLoader } from './organizations.loader';

@Resolver(() => OrganizationInvitationModel)
export class OrganizationInvitationsResolver {
  constructor(
    private readonly invitations: OrganizationInvitationsService,
    private readonly organizations: OrganizationsLoader,
    private readonly users: UsersLoader,
  ) {}

  @Mutation(() => OrganizationInvitationModel, {
    description: 'An OWNER invites an email to the team; its holder accepts or declines. The answer is the same whether or not the email is registered',
  })
  inviteOrganizationMember(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('input') input: InviteOrganizationMemberInput,
  ): Promise<InvitationRow> {
    return this.invitations.invite(requireViewer(viewer), input, client);
  }

  @Mutation(() => OrganizationInvitationModel, { description: 'The invitee accepts (joining the team with the role offered) or declines' })
  respondToOrganizationInvitation(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('invitationId', { type: () => ID }) invitationId: string,
    @Args('accept', { type: () => Boolean }) accept: boolean,
  ): Promise<InvitationRow> {
    return this.invitations.respond(requireViewer(viewer), invitationId, accept, client);
  }

  @Mutation(() => Boolean, { description: 'An OWNER withdraws a pending invitation' })
  withdrawOrganizationInvitation(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('invitationId', { type: () => ID }) invitationId: string,
  ): Promise<boolean> {
    return this.invitations.withdraw(requireViewer(viewer), invitationId, client);
  }

  @Query(() => [OrganizationInvitationModel], { description: 'Your pending invitations to brand teams (at most 100, newest first)' })
  @BoundedList(INVITATIONS_LISTED_MAX)
  myOrganizationInvitations(@CurrentViewer() viewer: Viewer | null): Promise<InvitationRow[]> {
    return this.invitations.mine(requireViewer(viewer));
  }

  @ResolveField(() => InvitationStatus)
  status(@Parent() row: InvitationRow): InvitationStatus {
    return statusOf(row);
  }

  @ResolveField(() => OrganizationModel)
  async organization(@Parent() row: InvitationRow, @Context() ctx: RequestContext): Promise<OrganizationRow> {
    return (await this.organizations.load(ctx, row.organizationId))!;
  }

  @ResolveField(() => UserModel)
  async invitedBy(@Parent() row: InvitationRow, @Context() ctx: RequestContext): Promise<UserEntity> {
    return (await this.users.load(ctx, row.invitedBy))!;
  }
}
