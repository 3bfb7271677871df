import { Module } from '@nestjs/common';
import { ChallengesModule } from '@pollen/challenges';
import { IdentityModule } from '@pollen/identity';
import { LedgerModule } from '@pollen/ledger';
import { LimitsModule } from '@pollen/limits';
import { OrganizationsModule } from '@pollen/organizations';
import { AccessSummaryFieldResolver } from './access-summary.field-resolver';
import { ConsentRepository } from './consent.repository';
import { ConsentService } from './consent.service';
import { ContributorVisibility } from './contributor-visibility.service';
import { DataExportController } from './data-export.controller';
import { DataExportJob } from './data-export.job';
import { DataExportRepository } from './data-export.repository';
import { DataExportService } from './data-export.service';
import { ExportArchiveService } from './export-archive.service';
import { LicenceAcceptanceFieldResolver } from './licence-acceptance.field-resolver';
import { PrivacyResolver } from './privacy.resolver';
import { PrivacyRetentionJob } from './privacy-retention.job';
import { ProfileViewsRepository } from './profile-views.repository';

/** A participant's data: export, consent, who looked, retention. Imports no domain library that shows contributions. */
@Module({
  imports: [ChallengesModule, IdentityModule, LedgerModule, LimitsModule, OrganizationsModule],
  controllers: [DataExportController],
  providers: [
    AccessSummaryFieldResolver,
    ConsentRepository,
    ConsentService,
    ContributorVisibility,
    DataExportJob,
    DataExportRepository,
    DataExportService,
    ExportArchiveService,
    LicenceAcceptanceFieldResolver,
    PrivacyResolver,
    PrivacyRetentionJob,
    ProfileViewsRepository,
  ],
  exports: [ConsentService, ContributorVisibility, DataExportJob, PrivacyRetentionJob],
})
export class PrivacyModule {}
