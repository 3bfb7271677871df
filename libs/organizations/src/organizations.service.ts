import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ClientKey, MEMBERS_PAGE_DEFAULT, MEMBERS_PAGE_MAX, ORG_NAME_MAX, PollenError, Viewer, cleanText, pageSize } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { OrganizationRole } from './organization-role';
import { MemberRow, OrganizationRow, OrganizationsRepository } from './organizations.repository';

/** An account is on a handful of brand teams; the list is bounded all the same. */
export const TEAMS_LISTED_MAX = 100;

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;

@Injectable()
export class OrganizationsService {
  constructor(
    private readonly db: Db,
    private readonly organizations: OrganizationsRepository,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
  ) {}

  /** Any signed-in user may found a brand; they become its first OWNER. */
  @UnitOfWork()
  async create(viewer: Viewer, input: { name: unknown; slug: unknown }, client: ClientKey): Promise<OrganizationRow> {
    await this.limits.consume('organization', viewer, client);
    const name = cleanText(input.name, { field: 'name', min: 2, max: ORG_NAME_MAX });
    const slug = cleanText(input.slug, { field: 'slug', min: 2, max: 50 });
    if (!SLUG.test(slug)) {
      throw PollenError.badInput('slug', 'must be 2 to 50 lowercase letters, digits or dashes, not starting or ending with a dash');
    }
    const organization = await this.organizations.insert(name, slug, viewer.userId);
    if (!organization) throw PollenError.conflict('slug: is already taken', { field: 'slug' });
    await this.organizations.addMember(organization.id, viewer.userId, OrganizationRole.OWNER);
    await this.events.record({
      type: 'organization.created',
      challengeId: null,
      aggregateId: organization.id,
      actorId: viewer.userId,
      payload: { organizationId: organization.id, name, slug },
    });
    return organization;
  }

  async get(id: string): Promise<OrganizationRow> {
    const organization = await this.organizations.findById(id);
    if (!organization) throw PollenError.notFound('Organization', id);
    return organization;
  }

  /** The organisations the viewer is on the team of (OWNER or MODERATOR), at most TEAMS_LISTED_MAX. */
  teamsOf(viewer: Viewer): Promise<OrganizationRow[]> {
    return this.organizations.teamsOf(viewer.userId, TEAMS_LISTED_MAX);
  }

  roleOf(organizationId: string, viewer: Viewer | null): Promise<OrganizationRole | null> {
    return viewer ? this.organizations.roleOf(organizationId, viewer.userId) : Promise.resolve(null);
  }

  async requireRole(organizationId: string, viewer: Viewer, roles: OrganizationRole[]): Promise<OrganizationRole> {
    const role = await this.organizations.roleOf(organizationId, viewer.userId);
    if (!role || !roles.includes(role)) {
      throw PollenError.forbidden(`This requires the ${roles.join(' or ')} role in the organisation`);
    }
    return role;
  }

  /** The team list is visible to the team only. */
  async members(organizationId: string, viewer: Viewer | null, first?: number | null): Promise<MemberRow[]> {
    const limit = this.membersLimit(first);
    this.assertSeesTeam(viewer && (await this.organizations.roleOf(organizationId, viewer.userId)));
    return this.organizations.members(organizationId, limit);
  }

  /** How many members a team list shows (`first`, checked). */
  membersLimit(first?: number | null): number {
    return pageSize(first, { default: MEMBERS_PAGE_DEFAULT, max: MEMBERS_PAGE_MAX });
  }

  /** The rule of `members`, for a caller that read the viewer's role itself (a page of organisations). */
  assertSeesTeam(viewerRole: OrganizationRole | null): void {
    if (!viewerRole) throw PollenError.forbidden('Only members of the organisation can see its team');
  }
}
