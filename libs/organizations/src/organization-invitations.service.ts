import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { UsersRepository, cleanEmail } from '@pollen/identity';
import { ClientKey, PollenError, Viewer, checkId } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { InvitationStatus } from './organization-invitation.model';
import { InvitationRow, OrganizationInvitationsRepository } from './organization-invitations.repository';
import { OrganizationRole } from './organization-role';
import { OrganizationsRepository } from './organizations.repository';
import { OrganizationsService } from './organizations.service';

/** Pending invitations an organisation may have at once (each a write limit too). */
export const PENDING_INVITATIONS_MAX = 100;
/** Invitations listed to one person or one team at a time. */
export const INVITATIONS_LISTED_MAX = 100;

export function statusOf(row: InvitationRow): InvitationStatus {
  return row.accepted === null ? InvitationStatus.PENDING : row.accepted ? InvitationStatus.ACCEPTED : InvitationStatus.DECLINED;
}

/**
 * A brand's team grows by invitation: an OWNER invites an email; whoever holds it (now, or after
 * registering with it) accepts or declines. Nobody joins a team without consenting, and the
 * inviter's answer is the same whether the email is registered, already a member or unknown.
 */
@Injectable()
export class OrganizationInvitationsService {
  constructor(
    private readonly db: Db,
    private readonly invitations: OrganizationInvitationsRepository,
    private readonly organizations: OrganizationsService,
    private readonly members: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
  ) {}

  @UnitOfWork()
  async invite(viewer: Viewer, input: { organizationId: unknown; email: unknown; role: unknown }, client: ClientKey): Promise<InvitationRow> {
    await this.limits.consume('organization', viewer, client);
    const organization = await this.organizations.get(checkId(input.organizationId, 'organizationId'));
    if (!Object.values(OrganizationRole).includes(input.role as OrganizationRole)) throw PollenError.badInput('role', 'must be OWNER or MODERATOR');
    const email = cleanEmail(input.email);
    await this.organizations.requireRole(organization.id, viewer, [OrganizationRole.OWNER]);
    if ((await this.invitations.pendingCount(organization.id)) >= PENDING_INVITATIONS_MAX) {
      throw PollenError.limit('PENDING_INVITATIONS_MAX', `An organisation has at most ${PENDING_INVITATIONS_MAX} pending invitations; withdraw some first`);
    }
    const invitation = (await this.invitations.upsertPending(organization.id, email, input.role as OrganizationRole, viewer.userId))!;
    // For the invitee's notifications; the outbox is internal, the email stays out of it.
    const invitee = await this.users.findByEmail(email);
    await this.events.record({
      type: 'organization.memberInvited',
      challengeId: null,
      aggregateId: organization.id,
      actorId: viewer.userId,
      payload: { organizationId: organization.id, invitationId: invitation.id, role: invitation.role, inviteeId: invitee?.id ?? null },
    });
    return invitation;
  }

  /** The viewer's pending invitations (to their account's email). */
  async mine(viewer: Viewer): Promise<InvitationRow[]> {
    const user = await this.users.findById(viewer.userId);
    return user?.email ? this.invitations.pendingFor(user.email, INVITATIONS_LISTED_MAX) : [];
  }

  /** The organisation's pending invitations, for its owners. */
  async pendingOf(organizationId: string, viewer: Viewer | null): Promise<InvitationRow[]> {
    this.assertSeesInvitations(await this.organizations.roleOf(organizationId, viewer));
    return this.invitations.pendingOf(organizationId, INVITATIONS_LISTED_MAX);
  }

  /** The rule of `pendingOf`, for a caller that read the viewer's role itself (a page of organisations). */
  assertSeesInvitations(viewerRole: OrganizationRole | null): void {
    if (viewerRole !== OrganizationRole.OWNER) throw PollenError.forbidden("Only the organisation's owners can see its invitations");
  }

  @UnitOfWork()
  async respond(viewer: Viewer, invitationIdValue: unknown, accept: boolean, client: ClientKey): Promise<InvitationRow> {
    await this.limits.consume('organization', viewer, client);
    const id = checkId(invitationIdValue, 'invitationId');
    const row = await this.invitations.lock(id);
    const user = await this.users.findById(viewer.userId);
    // Someone else's invitation does not exist, for this viewer.
    if (!row || !user || row.email !== user.email) throw PollenError.notFound('Invitation', id);
    if (row.respondedAt) throw PollenError.conflict(`invitationId: this invitation was already ${row.accepted ? 'accepted' : 'declined'}`, { field: 'invitationId' });
    const answered = (await this.invitations.answer(id, accept))!;
    if (accept && (await this.members.addMember(row.organizationId, viewer.userId, row.role))) {
      await this.events.record({
        type: 'organization.memberAdded',
        challengeId: null,
        aggregateId: row.organizationId,
        actorId: viewer.userId,
        payload: { organizationId: row.organizationId, userId: viewer.userId, role: row.role, invitationId: id },
      });
    }
    return answered;
  }

  @UnitOfWork()
  async withdraw(viewer: Viewer, invitationIdValue: unknown, client: ClientKey): Promise<boolean> {
    await this.limits.consume('organization', viewer, client);
    const id = checkId(invitationIdValue, 'invitationId');
    const row = await this.invitations.lock(id);
    if (!row || (await this.organizations.roleOf(row.organizationId, viewer)) !== OrganizationRole.OWNER) throw PollenError.notFound('Invitation', id);
    if (!(await this.invitations.withdraw(id, row.organizationId))) throw PollenError.conflict('invitationId: this invitation was already answered', { field: 'invitationId' });
    return true;
  }
}
