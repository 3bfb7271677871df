import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@pollen/organizations';
import { PollenError, Viewer } from '@pollen/kernel';

/**
 * Only an organisation's OWNERs and MODERATORs act on its challenges. A moderator of another
 * brand gets the same answer as anyone else: FORBIDDEN, `extensions.rule` NOT_ORGANIZATION_TEAM.
 */
@Injectable()
export class ModerationPermissionPolicy {
  constructor(private readonly organizations: OrganizationsService) {}

  async requireTeam(organizationId: string, viewer: Viewer): Promise<void> {
    await this.organizations.get(organizationId);
    if (!(await this.organizations.roleOf(organizationId, viewer))) {
      throw new PollenError('FORBIDDEN', "Only the organisation's owners and moderators moderate its challenges", {
        rule: 'NOT_ORGANIZATION_TEAM',
        organizationId,
      });
    }
  }

  /** Every target of one call must belong to the organisation named (bulk actions never cross brands). */
  requireSameOrganization(organizationId: string, targets: ReadonlyArray<{ id: string; organizationId: string }>): void {
    const stranger = targets.find((target) => target.organizationId !== organizationId);
    if (stranger) {
      throw new PollenError('FORBIDDEN', `Item ${stranger.id} belongs to another organisation`, { rule: 'OTHER_ORGANIZATION', id: stranger.id });
    }
  }

  isTeam(organizationId: string, viewer: Viewer | null): Promise<boolean> {
    return this.organizations.roleOf(organizationId, viewer).then((role) => role !== null);
  }
}
