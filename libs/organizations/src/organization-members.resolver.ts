import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer, UsersLoader } from '@pollen/identity';
import { ClientKey, RequestContext, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { OrganizationMembersService } from './organization-members.service';
import { RemoveOrganizationMemberInput, SetOrganizationMemberRoleInput } from './organization.input';
import { OrganizationMemberModel } from './organization.model';

@Resolver(() => OrganizationMemberModel)
export class OrganizationMembersResolver {
  constructor(
    private readonly members: OrganizationMembersService,
    private readonly users: UsersLoader,
  ) {}

  @Mutation(() => OrganizationMemberModel, { description: 'An OWNER changes a member’s role; the last OWNER cannot be demoted (CONFLICT, rule LAST_OWNER)' })
  async setOrganizationMemberRole(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Context() ctx: RequestContext,
    @Args('input') input: SetOrganizationMemberRoleInput,
  ): Promise<OrganizationMemberModel> {
    const row = await this.members.setRole(requireViewer(viewer), input, client);
    return { user: (await this.users.load(ctx, row.userId))!, role: row.role, createdAt: row.createdAt };
  }

  @Mutation(() => Boolean, { description: 'An OWNER removes a member from the team; the last OWNER cannot be removed (CONFLICT, rule LAST_OWNER)' })
  removeOrganizationMember(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('input') input: RemoveOrganizationMemberInput,
  ): Promise<boolean> {
    return this.members.remove(requireViewer(viewer), input, client);
  }
}
