import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, Page, PagedConnection, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { ConsentService } from './consent.service';
import { ConsentRecordRow } from './consent.repository';
import { DataExportDownloadModel, DataExportModel } from './data-export.model';
import { DataExportService } from './data-export.service';
import { AccessSummaryRow } from './profile-views.repository';
import {
  AccessSummaryModel,
  ConsentRecordConnection,
  LicenceAcceptanceConnection,
  PartnerVisibilityEnum,
  PrivacySettingsModel,
} from './privacy.model';
import { DATA_EXPORTS_LISTED, WHO_LOOKED_ROWS_MAX } from './privacy.constant';

/** The viewer's own data: exports, consents, licences, who looked. Nothing here reads anyone else's. */
@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly exports: DataExportService,
    private readonly consents: ConsentService,
  ) {}

  @Mutation(() => DataExportModel, { description: 'Asks for an export of everything Pollen holds about the viewer; prepared in the background' })
  requestDataExport(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey): Promise<DataExportModel> {
    return this.exports.request(requireViewer(viewer), client);
  }

  @BoundedList(DATA_EXPORTS_LISTED)
  @Query(() => [DataExportModel], { description: `The viewer’s latest exports (at most ${DATA_EXPORTS_LISTED}), newest first` })
  dataExports(@CurrentViewer() viewer: Viewer | null): Promise<DataExportModel[]> {
    return this.exports.list(requireViewer(viewer));
  }

  @Query(() => DataExportModel, { description: 'One of the viewer’s exports, with its progress' })
  dataExport(@CurrentViewer() viewer: Viewer | null, @Args('id', { type: () => ID }) id: string): Promise<DataExportModel> {
    return this.exports.one(requireViewer(viewer), id);
  }

  @Mutation(() => DataExportDownloadModel, { description: 'A one-time download link of a ready export, after entering one’s password again' })
  issueDataExportDownload(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('exportId', { type: () => ID }) exportId: string,
    @Args('password') password: string,
  ): Promise<DataExportDownloadModel> {
    return this.exports.issueDownload(requireViewer(viewer), exportId, password, client);
  }

  @Query(() => PrivacySettingsModel, { description: 'What people outside a brand team see of the viewer’s contributions' })
  privacySettings(@CurrentViewer() viewer: Viewer | null): Promise<PrivacySettingsModel> {
    return this.consents.settings(requireViewer(viewer));
  }

  @Mutation(() => PrivacySettingsModel, { description: 'Decides what people outside a brand team see of one’s contributions (recorded with time and version)' })
  setPartnerVisibility(
    @CurrentViewer() viewer: Viewer | null,
    @CurrentClient() client: ClientKey,
    @Args('visibility', { type: () => PartnerVisibilityEnum }) visibility: PartnerVisibilityEnum,
  ): Promise<PrivacySettingsModel> {
    return this.consents.setPartnerVisibility(requireViewer(viewer), visibility, client);
  }

  @PagedConnection()
  @Query(() => ConsentRecordConnection, { description: 'Every privacy decision of the viewer, newest first' })
  consentHistory(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ): Promise<Page<ConsentRecordRow>> {
    return this.consents.history(requireViewer(viewer), { first, after });
  }

  @PagedConnection()
  @Query(() => LicenceAcceptanceConnection, { description: 'The contribution licence the viewer accepted in each challenge, newest first' })
  licenceAcceptances(
    @CurrentViewer() viewer: Viewer | null,
    @Args('first', { type: () => Int, nullable: true }) first: number | null,
    @Args('after', { type: () => String, nullable: true }) after: string | null,
  ) {
    return this.consents.licences(requireViewer(viewer), { first, after });
  }

  @BoundedList(WHO_LOOKED_ROWS_MAX)
  @Query(() => [AccessSummaryModel], { description: 'Who looked: brand-team reads of the viewer’s profile per organisation and day, and their exports' })
  whoLooked(@CurrentViewer() viewer: Viewer | null, @Args('days', { type: () => Int, defaultValue: 30, description: 'The last 1 to 90 days' }) days: number): Promise<AccessSummaryRow[]> {
    return this.consents.whoLooked(requireViewer(viewer), days);
  }
}
