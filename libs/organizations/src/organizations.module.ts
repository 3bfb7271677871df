import { Module } from '@nestjs/common';
import { LimitsModule } from '@pollen/limits';
import { IdentityModule } from '@pollen/identity';
import { OrganizationInvitationsRepository } from './organization-invitations.repository';
import { OrganizationInvitationsResolver } from './organization-invitations.resolver';
import { OrganizationInvitationsService } from './organization-invitations.service';
import { OrganizationMembersResolver } from './organization-members.resolver';
import { OrganizationMembersService } from './organization-members.service';
import { OrganizationFieldResolver } from './organization.field-resolver';
import { OrganizationsLoader } from './organizations.loader';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';
import { SuspensionRepository } from './suspension.repository';

/** Brands and their teams. Depends on identity; never on challenges or anything downstream. */
@Module({
  imports: [IdentityModule, LimitsModule],
  providers: [
    OrganizationFieldResolver,
    OrganizationInvitationsRepository,
    OrganizationInvitationsResolver,
    OrganizationInvitationsService,
    OrganizationMembersResolver,
    OrganizationMembersService,
    OrganizationsLoader,
    OrganizationsRepository,
    OrganizationsResolver,
    OrganizationsService,
    SuspensionRepository,
  ],
  exports: [OrganizationsLoader, OrganizationsService, SuspensionRepository],
})
export class OrganizationsModule {}
