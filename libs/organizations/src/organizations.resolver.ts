import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, Viewer, checkId, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { CreateOrganizationInput } from './organization.input';
import { OrganizationModel } from './organization.model';
import { OrganizationRow } from './organizations.repository';
import { OrganizationsService, TEAMS_LISTED_MAX } from './organizations.service';

@Resolver(() => OrganizationModel)
export class OrganizationsResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @Query(() => OrganizationModel)
  organization(@Args('id', { type: () => ID }) id: string): Promise<OrganizationRow> {
    return this.organizations.get(checkId(id, 'id'));
  }

  @Query(() => [OrganizationModel], { description: 'The organisations whose brand team you are on (OWNER or MODERATOR), by name, at most 100' })
  @BoundedList(TEAMS_LISTED_MAX)
  myOrganizations(@CurrentViewer() viewer: Viewer | null): Promise<OrganizationRow[]> {
    return this.organizations.teamsOf(requireViewer(viewer));
  }

  @Mutation(() => OrganizationModel)
  createOrganization(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('input') input: CreateOrganizationInput,
  ): Promise<OrganizationRow> {
    return this.organizations.create(requireViewer(viewer), input, client);
  }
}
