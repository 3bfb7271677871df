import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ClientKey, PollenError, Viewer, checkId } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { OrganizationRole } from './organization-role';
import { MemberRow, OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

function lastOwner(action: string): PollenError {
  return PollenError.conflict(`userId: the organisation's last OWNER cannot be ${action}; make another member an OWNER first`, {
    field: 'userId',
    rule: 'LAST_OWNER',
  });
}

/**
 * Roles and removals in a brand's team (joining is by invitation). OWNERs only. The organisation's
 * row is locked first, so concurrent demotions are serialised and the team never loses its last OWNER.
 */
@Injectable()
export class OrganizationMembersService {
  constructor(
    private readonly db: Db,
    private readonly organizations: OrganizationsService,
    private readonly members: OrganizationsRepository,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
  ) {}

  @UnitOfWork()
  async setRole(viewer: Viewer, input: { organizationId: unknown; userId: unknown; role: unknown }, client: ClientKey): Promise<MemberRow> {
    await this.limits.consume('team', viewer, client);
    if (!Object.values(OrganizationRole).includes(input.role as OrganizationRole)) throw PollenError.badInput('role', 'must be OWNER or MODERATOR');
    const role = input.role as OrganizationRole;
    const { organizationId, member } = await this.lockedMember(viewer, input);
    if (member.role === role) return member;
    await this.keepAnOwner(organizationId, member, 'demoted');
    const changed = (await this.members.setRole(organizationId, member.userId, role))!;
    await this.events.record({
      type: 'organization.memberRoleChanged',
      challengeId: null,
      aggregateId: organizationId,
      actorId: viewer.userId,
      payload: { organizationId, userId: member.userId, role, previousRole: member.role },
    });
    return changed;
  }

  @UnitOfWork()
  async remove(viewer: Viewer, input: { organizationId: unknown; userId: unknown }, client: ClientKey): Promise<boolean> {
    await this.limits.consume('team', viewer, client);
    const { organizationId, member } = await this.lockedMember(viewer, input);
    await this.keepAnOwner(organizationId, member, 'removed');
    await this.members.removeMember(organizationId, member.userId);
    await this.events.record({
      type: 'organization.memberRemoved',
      challengeId: null,
      aggregateId: organizationId,
      actorId: viewer.userId,
      payload: { organizationId, userId: member.userId, role: member.role },
    });
    return true;
  }

  /** Under the organisation's lock: refuses to take away the last OWNER. */
  private async keepAnOwner(organizationId: string, member: MemberRow, action: 'demoted' | 'removed'): Promise<void> {
    if (member.role === OrganizationRole.OWNER && (await this.members.ownerCount(organizationId)) <= 1) throw lastOwner(action);
  }

  /** Locks the organisation, checks the viewer is one of its OWNERs, and finds the member. */
  private async lockedMember(viewer: Viewer, input: { organizationId: unknown; userId: unknown }): Promise<{ organizationId: string; member: MemberRow }> {
    const organizationId = checkId(input.organizationId, 'organizationId');
    const userId = checkId(input.userId, 'userId');
    if (!(await this.members.lock(organizationId))) throw PollenError.notFound('Organization', organizationId);
    await this.organizations.requireRole(organizationId, viewer, [OrganizationRole.OWNER]);
    const member = await this.members.member(organizationId, userId);
    if (!member) throw new PollenError('NOT_FOUND', 'userId: is not a member of this organisation', { entity: 'OrganizationMember', id: userId, field: 'userId' });
    return { organizationId, member };
  }
}
