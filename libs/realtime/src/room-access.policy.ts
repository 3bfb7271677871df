import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { IdeasService } from '@pollen/ideas';
import { PollenError, Viewer, checkId } from '@pollen/kernel';
import { OrganizationsService } from '@pollen/organizations';

/**
 * Who may follow which room: `{ challengeId }` or `{ ideaId }`, visible as over GraphQL (the
 * services' own rules); `{ organizationId }`, the moderation room, for the organisation's team only.
 */
@Injectable()
export class RoomAccessPolicy {
  constructor(
    private readonly challenges: ChallengesService,
    private readonly ideas: IdeasService,
    private readonly organizations: OrganizationsService,
  ) {}

  /** The room a `join` target names, once `viewer` may follow it. */
  async roomToJoin(target: unknown, viewer: Viewer | null): Promise<string> {
    return this.roomOf(target, viewer, true);
  }

  /** The room a `leave` target names (leaving needs no right). */
  roomToLeave(target: unknown): Promise<string> {
    return this.roomOf(target, null, false);
  }

  private async roomOf(target: unknown, viewer: Viewer | null, check: boolean): Promise<string> {
    const value = (target ?? {}) as { challengeId?: unknown; ideaId?: unknown; organizationId?: unknown };
    if (value.organizationId !== undefined) {
      const id = checkId(value.organizationId, 'organizationId');
      if (check) await this.requireTeam(id, viewer);
      return `organization:${id}`;
    }
    if (value.challengeId !== undefined) {
      const id = checkId(value.challengeId, 'challengeId');
      if (check) await this.challenges.getVisible(id, viewer);
      return `challenge:${id}`;
    }
    if (value.ideaId !== undefined) {
      const id = checkId(value.ideaId, 'ideaId');
      if (check) await this.ideas.getVisible(id, viewer);
      return `idea:${id}`;
    }
    throw PollenError.badInput('target', 'give { challengeId }, { ideaId } or { organizationId }');
  }

  private async requireTeam(organizationId: string, viewer: Viewer | null): Promise<void> {
    await this.organizations.get(organizationId);
    if (!(await this.organizations.roleOf(organizationId, viewer))) {
      throw PollenError.forbidden("Only the organisation's team can follow its moderation room");
    }
  }
}
