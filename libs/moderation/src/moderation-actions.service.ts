import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { WriteLimits } from '@pollen/limits';
import { SuspensionRepository } from '@pollen/organizations';
import { ClientKey, PollenError, Viewer, Visibility, checkId, cleanText } from '@pollen/kernel';
import { ModerationContentRepository } from './moderation-content.repository';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ActionRow, ModerationLogRepository } from './moderation-log.repository';
import { ModerationPermissionPolicy } from './moderation-permission.policy';
import { ModerationStateService, StateChange } from './moderation-state.service';
import { ContentAction, ModerationActionKind, ModerationItemState, ModerationTargetType } from './moderation.enums';
import { BULK_ACTION_MAX, REASON_MAX, REASON_MIN, SUSPENSION_MAX_DAYS } from './moderation.constant';

export const cleanReason = (value: unknown): string => cleanText(value, { field: 'reason', min: REASON_MIN, max: REASON_MAX, multiline: true });

/** Which visibility each action moves content from, and to. */
const MOVES: Record<ContentAction, { from: Visibility[]; to: Visibility | null; reports: 'UPHELD' | 'DISMISSED' }> = {
  HIDE: { from: [Visibility.VISIBLE, Visibility.HELD], to: Visibility.HIDDEN, reports: 'UPHELD' },
  RESTORE: { from: [Visibility.HIDDEN, Visibility.HELD, Visibility.REFUSED], to: Visibility.VISIBLE, reports: 'DISMISSED' },
  DISMISS: { from: [Visibility.VISIBLE, Visibility.HELD], to: Visibility.VISIBLE, reports: 'DISMISSED' },
  APPROVE: { from: [Visibility.PENDING], to: Visibility.VISIBLE, reports: 'DISMISSED' },
  REFUSE: { from: [Visibility.PENDING], to: Visibility.REFUSED, reports: 'UPHELD' },
};

export interface TargetInput {
  targetType: unknown;
  targetId: unknown;
}

/**
 * The brand team's actions, one or many items at once, each with a reason: all of a call or
 * nothing (one item that cannot take the action refuses the call, naming it). Suspension keeps a
 * participant out of the organisation's challenges for a time or for good.
 */
@Injectable()
export class ModerationActionsService {
  constructor(
    private readonly db: Db,
    private readonly limits: WriteLimits,
    private readonly permissions: ModerationPermissionPolicy,
    private readonly content: ModerationContentRepository,
    private readonly items: ModerationItemsRepository,
    private readonly log: ModerationLogRepository,
    private readonly state: ModerationStateService,
    private readonly suspensions: SuspensionRepository,
  ) {}

  /** Counted first against the shared write limits (policy `moderate`). */
  async moderate(viewer: Viewer, input: { organizationId: unknown; action: unknown; targets: unknown; reason: unknown }, client: ClientKey): Promise<ActionRow[]> {
    await this.limits.consume('moderate', viewer, client);
    return this.moderateNow(viewer, input);
  }

  @UnitOfWork()
  private async moderateNow(viewer: Viewer, input: { organizationId: unknown; action: unknown; targets: unknown; reason: unknown }): Promise<ActionRow[]> {
    const organizationId = checkId(input.organizationId, 'organizationId');
    const action = input.action as ContentAction;
    if (!Object.values(ContentAction).includes(action)) throw PollenError.badInput('action', `must be one of ${Object.values(ContentAction).join(', ')}`);
    const reason = cleanReason(input.reason);
    const targets = cleanTargets(input.targets);
    await this.permissions.requireTeam(organizationId, viewer);
    const ideaIds = targets.filter((t) => t.targetType === ModerationTargetType.IDEA).map((t) => t.targetId);
    const commentIds = targets.filter((t) => t.targetType === ModerationTargetType.COMMENT).map((t) => t.targetId);
    const userIds = targets.filter((t) => t.targetType === ModerationTargetType.USER).map((t) => t.targetId);
    // One after another: the unit of work's one connection runs one query at a time (pg queues queries sent together, pg 9 refuses them).
    const ideas = ideaIds.length ? await this.content.ideas(ideaIds, true) : [];
    const comments = commentIds.length ? await this.content.comments(commentIds, true) : [];
    const missing = [...ideaIds.filter((id) => !ideas.some((i) => i.id === id)), ...commentIds.filter((id) => !comments.some((c) => c.id === id))];
    if (missing.length) throw new PollenError('NOT_FOUND', `targets: ${missing[0]} not found`, { field: 'targets', id: missing[0] });
    this.permissions.requireSameOrganization(organizationId, [...ideas, ...comments]);
    const move = MOVES[action];
    for (const target of [...ideas, ...comments]) {
      if (!move.from.includes(target.visibility)) {
        throw new PollenError('CONFLICT', `${target.id} is ${target.visibility}: ${action} applies to ${move.from.join(' or ')} content`, {
          rule: 'WRONG_STATE',
          id: target.id,
          visibility: target.visibility,
        });
      }
      if ('status' in target && target.status === 'ADOPTED' && move.to !== Visibility.VISIBLE) {
        throw new PollenError('CONFLICT', `${target.id} was adopted: its credit is final and it stays`, { rule: 'ADOPTED_IS_FINAL', id: target.id });
      }
    }
    if (userIds.length && action !== ContentAction.DISMISS) throw PollenError.badInput('targets', 'participants take DISMISS here; suspend them with suspendParticipant');

    const kind = action as unknown as ModerationActionKind;
    const done: ActionRow[] = [];
    for (const idea of ideas) {
      await this.closeReports(organizationId, ModerationTargetType.IDEA, idea.id, move.reports);
      const change = { actorId: viewer.userId, action: kind, reason };
      done.push(idea.visibility === move.to ? await this.state.record(subjectOf(ModerationTargetType.IDEA, idea), { ...change, before: { visibility: idea.visibility }, after: { visibility: idea.visibility } }, ModerationItemState.RESOLVED) : await this.state.idea(idea, move.to!, change));
    }
    for (const comment of comments) {
      await this.closeReports(organizationId, ModerationTargetType.COMMENT, comment.id, move.reports);
      const change = { actorId: viewer.userId, action: kind, reason };
      done.push(
        comment.visibility === move.to
          ? await this.state.record(subjectOf(ModerationTargetType.COMMENT, comment), { ...change, before: { visibility: comment.visibility }, after: { visibility: comment.visibility } }, ModerationItemState.RESOLVED)
          : await this.state.comment(comment, move.to!, change),
      );
    }
    for (const userId of userIds) {
      const item = await this.items.find(organizationId, ModerationTargetType.USER, userId, true);
      if (!item) throw new PollenError('NOT_FOUND', `targets: no reports on participant ${userId}`, { field: 'targets', id: userId });
      await this.items.closeReports(item.id, 'DISMISSED');
      done.push(await this.state.record({ type: ModerationTargetType.USER, id: userId, challengeId: item.challengeId, organizationId, authors: [userId] }, { actorId: viewer.userId, action: kind, reason }, ModerationItemState.RESOLVED));
    }
    return done;
  }

  /** Counted first against the shared write limits (policy `moderate`). */
  async suspend(viewer: Viewer, input: { organizationId: unknown; userId: unknown; reason: unknown; days?: unknown; hideContent?: unknown }, client: ClientKey): Promise<ActionRow> {
    await this.limits.consume('moderate', viewer, client);
    return this.suspendNow(viewer, input);
  }

  @UnitOfWork()
  private async suspendNow(viewer: Viewer, input: { organizationId: unknown; userId: unknown; reason: unknown; days?: unknown; hideContent?: unknown }): Promise<ActionRow> {
    const organizationId = checkId(input.organizationId, 'organizationId');
    const userId = checkId(input.userId, 'userId');
    const reason = cleanReason(input.reason);
    const days = input.days === undefined || input.days === null ? null : Number(input.days);
    if (days !== null && (!Number.isInteger(days) || days < 1 || days > SUSPENSION_MAX_DAYS)) {
      throw PollenError.badInput('days', `must be a whole number of days from 1 to ${SUSPENSION_MAX_DAYS}, or null for good`);
    }
    await this.permissions.requireTeam(organizationId, viewer);
    if (userId === viewer.userId) throw new PollenError('FORBIDDEN', 'You cannot suspend yourself', { rule: 'SELF_SUSPENSION' });
    if (!(await this.content.user(userId))) throw PollenError.notFound('User', userId);
    if (await this.permissions.isTeam(organizationId, { userId, sessionId: '' })) {
      throw new PollenError('CONFLICT', 'A member of the team cannot be suspended; remove them from the team first', { rule: 'TEAM_MEMBER' });
    }
    const open = await this.suspensions.open(organizationId, userId);
    if (open && (open.until === null || open.until > new Date())) {
      throw new PollenError('CONFLICT', 'This participant is already suspended', { rule: 'ALREADY_SUSPENDED', until: open.until });
    }
    if (open) await this.suspensions.lift(open.id, viewer.userId); // an expired suspension, closed before the new one
    const until = days === null ? null : new Date(Date.now() + days * 86_400_000);
    const suspension = (await this.suspensions.insert({ organizationId, userId, reason, until, createdBy: viewer.userId }))!;
    const hidden = input.hideContent === true ? await this.content.contentOf(userId, organizationId) : [];
    // Each item is hidden (its log entry, credit and event), read in two queries; the participant hears of it once, by the SUSPEND.
    const change = { actorId: viewer.userId, action: ModerationActionKind.HIDE, reason: `Participant suspended: ${reason}`, notify: false };
    await this.moveAll(hidden, Visibility.HIDDEN, change, () => true);
    return this.state.record(
      { type: ModerationTargetType.USER, id: userId, challengeId: null, organizationId, authors: [userId] },
      { actorId: viewer.userId, action: ModerationActionKind.SUSPEND, reason, after: { suspensionId: suspension.id, until: until?.toISOString() ?? null, hidden } },
      ModerationItemState.RESOLVED,
    );
  }

  /** Counted first against the shared write limits (policy `moderate`). */
  async reinstate(viewer: Viewer, input: { organizationId: unknown; userId: unknown; reason: unknown }, client: ClientKey): Promise<ActionRow> {
    await this.limits.consume('moderate', viewer, client);
    return this.reinstateNow(viewer, input);
  }

  @UnitOfWork()
  private async reinstateNow(viewer: Viewer, input: { organizationId: unknown; userId: unknown; reason: unknown }): Promise<ActionRow> {
    const organizationId = checkId(input.organizationId, 'organizationId');
    const userId = checkId(input.userId, 'userId');
    const reason = cleanReason(input.reason);
    await this.permissions.requireTeam(organizationId, viewer);
    const open = await this.suspensions.open(organizationId, userId);
    if (!open) throw new PollenError('CONFLICT', 'This participant is not suspended', { rule: 'NOT_SUSPENDED' });
    await this.suspensions.lift(open.id, viewer.userId);
    // What the suspension hid comes back, unless the team decided on it since.
    const suspended = await this.log.suspensionEntry(organizationId, userId, open.id);
    const change = { actorId: viewer.userId, action: ModerationActionKind.RESTORE, reason: `Participant reinstated: ${reason}`, notify: false };
    const wasHidden = (suspended?.after.hidden as Array<{ type: 'IDEA' | 'COMMENT'; id: string }> | undefined) ?? [];
    const restored = await this.moveAll(wasHidden, Visibility.VISIBLE, change, (visibility) => visibility === Visibility.HIDDEN);
    return this.state.record(
      { type: ModerationTargetType.USER, id: userId, challengeId: null, organizationId, authors: [userId] },
      { actorId: viewer.userId, action: ModerationActionKind.REINSTATE, reason, before: { suspensionId: open.id, until: open.until }, after: { restored } },
      ModerationItemState.RESOLVED,
    );
  }

  /** Moves a participant's items (read in one query per kind, locked) that `applies` to; returns those moved. */
  private async moveAll(
    items: ReadonlyArray<{ type: 'IDEA' | 'COMMENT'; id: string }>,
    to: Visibility,
    change: StateChange,
    applies: (visibility: Visibility) => boolean,
  ): Promise<Array<{ type: 'IDEA' | 'COMMENT'; id: string }>> {
    const ideaIds = items.filter((item) => item.type === 'IDEA').map((item) => item.id);
    const commentIds = items.filter((item) => item.type === 'COMMENT').map((item) => item.id);
    // One after another: the unit of work's one connection runs one query at a time (pg queues queries sent together, pg 9 refuses them).
    const ideas = ideaIds.length ? await this.content.ideas(ideaIds, true) : [];
    const comments = commentIds.length ? await this.content.comments(commentIds, true) : [];
    const moved: Array<{ type: 'IDEA' | 'COMMENT'; id: string }> = [];
    for (const idea of ideas.filter((row) => applies(row.visibility))) {
      await this.state.idea(idea, to, change);
      moved.push({ type: 'IDEA', id: idea.id });
    }
    for (const comment of comments.filter((row) => applies(row.visibility))) {
      await this.state.comment(comment, to, change);
      moved.push({ type: 'COMMENT', id: comment.id });
    }
    return moved;
  }

  private async closeReports(organizationId: string, type: ModerationTargetType, id: string, outcome: 'UPHELD' | 'DISMISSED'): Promise<void> {
    const item = await this.items.find(organizationId, type, id, true);
    if (item) await this.items.closeReports(item.id, outcome);
  }
}

function subjectOf(type: ModerationTargetType, target: { id: string; challengeId: string; organizationId: string; authorId: string; authors?: string[]; ideaId?: string }) {
  return {
    type,
    id: target.id,
    challengeId: target.challengeId,
    organizationId: target.organizationId,
    authors: target.authors ?? [target.authorId],
    ideaId: target.ideaId ?? target.id,
    commentId: type === ModerationTargetType.COMMENT ? target.id : undefined,
  };
}

export function cleanTargets(value: unknown): Array<{ targetType: ModerationTargetType; targetId: string }> {
  if (!Array.isArray(value) || value.length === 0) throw PollenError.badInput('targets', 'give at least one item');
  if (value.length > BULK_ACTION_MAX) throw PollenError.badInput('targets', `at most ${BULK_ACTION_MAX} items at once`);
  const seen = new Set<string>();
  return value.map((item: TargetInput) => {
    const targetType = item?.targetType as ModerationTargetType;
    if (!Object.values(ModerationTargetType).includes(targetType)) throw PollenError.badInput('targets.targetType', 'must be IDEA, COMMENT or USER');
    const targetId = checkId(item.targetId, 'targets.targetId');
    if (seen.has(targetId)) throw PollenError.badInput('targets', `${targetId} is named twice`);
    seen.add(targetId);
    return { targetType, targetId };
  });
}
