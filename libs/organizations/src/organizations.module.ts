import { Module } from '@nestjs/common';
import { LimitsModule } from '@pollen/limits';
import { IdentityModule } from '@pollen/identity';
import { OrganizationFieldResolver } from './organization.field-resolver';
import { OrganizationsLoader } from './organizations.loader';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsResolver } from './organizations.resolver';
import { OrganizationsService } from './organizations.service';

/** Brands and their teams. Depends on identity; never on challenges or anything downstream. */
@Module({
  imports: [IdentityModule, LimitsModule],
  providers: [OrganizationFieldResolver, OrganizationsLoader, OrganizationsRepository, OrganizationsResolver, OrganizationsService],
  exports: [OrganizationsLoader, OrganizationsService],
})
export class OrganizationsModule {}
