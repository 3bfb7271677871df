import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { ClientKey, Viewer, checkId, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { AddOrganizationMemberInput, CreateOrganizationInput } from './organization.input';
import { OrganizationModel } from './organization.model';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Query(() => OrganizationModel)
  organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationRow> {
    return this.organizations.get(checkId(id, 'id'));
  }

  @Mutation(() => OrganizationModel)
  createOrganization(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationRow> {
    return this.organizations.create(requireViewer(viewer), input, client);
  }

  @Mutation(() => OrganizationModel)
  addOrganizationMember(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('input') input: AddOrganizationMemberInput,
  ): Promise<OrganizationRow> {
    return this.organizations.addMember(requireViewer(viewer), input, client);
  }
}
