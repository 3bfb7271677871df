import { Injectable } from '@nestjs/common';
import { Db } from '@pollen/database';
import { ClientKey, Page, PollenError, Viewer, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { ConsentRecordRow, ConsentRepository, PartnerVisibility } from './consent.repository';
import { AccessSummaryRow, ProfileViewsRepository } from './profile-views.repository';
import { PrivacySettingsModel, PartnerVisibilityEnum } from './privacy.model';
import { WHO_LOOKED_DAYS_MAX, WHO_LOOKED_ROWS_MAX } from './privacy.constant';

const VISIBILITIES: readonly PartnerVisibility[] = ['NAMED', 'PSEUDONYM', 'AGGREGATE'];
export const PARTNER_VISIBILITY_SUBJECT = 'PARTNER_VISIBILITY';

/** One's consents (recorded with time and version), licences accepted and who looked. All the viewer's own. */
@Injectable()
export class ConsentService {
  constructor(
    private readonly db: Db,
    private readonly consents: ConsentRepository,
    private readonly views: ProfileViewsRepository,
    private readonly limits: WriteLimits,
  ) {}

  async settings(viewer: Viewer): Promise<PrivacySettingsModel> {
    const [row] = await this.consents.settings([viewer.userId]);
    return { partnerVisibility: row.partnerVisibility as PartnerVisibilityEnum, version: row.version, updatedAt: row.updatedAt };
  }

  async setPartnerVisibility(viewer: Viewer, value: unknown, client: ClientKey): Promise<PrivacySettingsModel> {
    if (!VISIBILITIES.includes(value as PartnerVisibility)) throw PollenError.badInput('visibility', `must be one of ${VISIBILITIES.join(', ')}`);
    await this.limits.consume('privacySettings', viewer, client);
    await this.db.transaction(async () => {
      await this.consents.setPartnerVisibility(viewer.userId, value as PartnerVisibility);
      await this.consents.record(viewer.userId, PARTNER_VISIBILITY_SUBJECT, value as string);
    });
    return this.settings(viewer);
  }

  /** A decision about another subject (a notification kind), recorded in the same unit of work as the caller's change. */
  async recordDecision(viewer: Viewer, subject: string, choice: string, client: ClientKey, apply: () => Promise<void>): Promise<void> {
    await this.limits.consume('privacySettings', viewer, client);
    await this.db.transaction(async () => {
      await apply();
      await this.consents.record(viewer.userId, subject, choice);
    });
  }

  async history(viewer: Viewer, args: { first?: number | null; after?: string | null }): Promise<Page<ConsentRecordRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'consents', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.consents.history(viewer.userId, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('consents', [row.key, row.id]));
  }

  async licences(viewer: Viewer, args: { first?: number | null; after?: string | null }) {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'licences', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.consents.licences(viewer.userId, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('licences', [row.key, row.challengeId]));
  }

  async whoLooked(viewer: Viewer, daysValue: unknown): Promise<AccessSummaryRow[]> {
    const days = daysValue ?? 30;
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > WHO_LOOKED_DAYS_MAX) throw PollenError.badInput('days', `must be a whole number from 1 to ${WHO_LOOKED_DAYS_MAX}`);
    return this.views.summary(viewer.userId, days as number, WHO_LOOKED_ROWS_MAX);
  }

  /** A profile read: counted for each brand team the reader is on (a participant reading a profile counts nothing). */
  async profileRead(viewer: Viewer | null, participantId: string): Promise<void> {
    if (!viewer || viewer.userId === participantId) return;
    await this.views.countView(viewer.userId, participantId);
  }
}
