import { Injectable } from '@nestjs/common';
import { CommentsRepository } from '@pollen/comments';
import { DomainEventRecorder } from '@pollen/events';
import { IdeaCountersRepository, IdeasRepository } from '@pollen/ideas';
import { CancelledEntry, ContributionKind, LedgerRecorder } from '@pollen/ledger';
import { Visibility, isListed } from '@pollen/kernel';
import { CommentTarget, IdeaTarget, ModerationContentRepository } from './moderation-content.repository';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ActionRow, ModerationLogRepository } from './moderation-log.repository';
import { ModerationActionKind, ModerationItemState, ModerationTargetType } from './moderation.enums';

/** Idea credit a moderator's removal cancels (adoption credit is final: adopted ideas are not hidden or merged). */
export const IDEA_CREDIT = [ContributionKind.IDEA_PROPOSED, ContributionKind.IDEA_BUILT_UPON, ContributionKind.IDEA_SHORTLISTED];
export const COMMENT_CREDIT = [ContributionKind.COMMENT, ContributionKind.COMMENT_HELPFUL];

/** Content keeps its credit while it may still be seen (held and pending included); hidden, refused and merged content does not. */
export function keepsCredit(visibility: Visibility): boolean {
  return visibility === Visibility.VISIBLE || visibility === Visibility.HELD || visibility === Visibility.PENDING;
}

export function itemStateFor(visibility: Visibility): ModerationItemState {
  switch (visibility) {
    case Visibility.HELD:
      return ModerationItemState.HELD;
    case Visibility.PENDING:
      return ModerationItemState.PENDING;
    case Visibility.HIDDEN:
    case Visibility.REFUSED:
      return ModerationItemState.HIDDEN;
    default:
      return ModerationItemState.RESOLVED;
  }
}

export interface StateChange {
  actorId: string | null;
  action: ModerationActionKind;
  reason: string;
  /** The matched rule, for RULE_HOLD (shown in the queue). */
  rule?: string | null;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
  undoes?: string | null;
  /** false: the authors get no notice of this entry (Pollen's own flag; each hide of a suspension, told once by the SUSPEND). */
  notify?: boolean;
}

/** What an action is about: the target, where it lives and who it concerns. */
export interface ActionSubject {
  type: ModerationTargetType;
  id: string;
  challengeId: string | null;
  organizationId: string;
  authors: string[];
  authorId?: string;
  ideaId?: string;
  commentId?: string;
  /** The idea's public comment count after a comment's change of visibility moved it. */
  commentCount?: number;
}

/**
 * The one place content changes visibility. In the caller's transaction it moves the item in the
 * queue, keeps comment counts equal to what everyone sees, cancels or re-credits the content's
 * ledger credit (new entries, never edits), appends the log entry and records the outbox event
 * that tells the team's room, the challenge's rooms and the affected authors (with the reason).
 */
@Injectable()
export class ModerationStateService {
  constructor(
    private readonly content: ModerationContentRepository,
    private readonly items: ModerationItemsRepository,
    private readonly log: ModerationLogRepository,
    private readonly counters: IdeaCountersRepository,
    private readonly ideas: IdeasRepository,
    private readonly threads: CommentsRepository,
    private readonly ledger: LedgerRecorder,
    private readonly events: DomainEventRecorder,
  ) {}

  /** `commentCount`: the idea's public comment count after the change, when it moved it (a merge's undo). */
  async idea(target: IdeaTarget, to: Visibility, change: StateChange, mergedInto: string | null = null, commentCount?: number): Promise<ActionRow> {
    const from = target.visibility;
    await this.content.setIdeaVisibility(target.id, to, mergedInto);
    const credit = await this.credit(target.challengeId, target.id, from, to, IDEA_CREDIT, { ideaId: target.id });
    return this.settle(
      { type: ModerationTargetType.IDEA, id: target.id, challengeId: target.challengeId, organizationId: target.organizationId, authors: target.authors, ideaId: target.id, commentCount },
      from,
      to,
      change,
      { ...credit, ...(mergedInto ? { mergedInto } : {}) },
    );
  }

  async comment(target: CommentTarget, to: Visibility, change: StateChange): Promise<ActionRow> {
    const from = target.visibility;
    await this.content.setCommentVisibility(target.id, to);
    const commentCount = isListed(from) !== isListed(to) ? await this.recount(target, isListed(to) ? 1 : -1) : undefined;
    const credit = await this.credit(target.challengeId, target.id, from, to, COMMENT_CREDIT, { commentId: target.id });
    return this.settle(
      {
        type: ModerationTargetType.COMMENT,
        id: target.id,
        challengeId: target.challengeId,
        organizationId: target.organizationId,
        authors: [target.authorId],
        ideaId: target.ideaId,
        commentId: target.id,
        commentCount,
      },
      from,
      to,
      change,
      credit,
    );
  }

  /**
   * Counts count what everyone reads: a comment leaving (−1) or entering (+1) what everyone sees
   * takes with it the replies read through it, from the idea's count, and itself from its parent's
   * reply count. Below a comment that is itself out of sight, nothing moves the idea's count.
   * Returns the idea's public comment count after it, which the event tells clients: they write it
   * as it is rather than guess how many replies went with the comment.
   */
  private async recount(target: CommentTarget, sign: 1 | -1): Promise<number | undefined> {
    const weight = await this.threads.publicWeight(target.id);
    const moved = weight.reachable ? (target.deleted ? 0 : 1) + weight.below : 0;
    if (moved) await this.counters.add(target.ideaId, { comments: sign * moved });
    if (target.parentId) await this.threads.addReplies(target.parentId, sign);
    return this.commentCountOf(target.ideaId);
  }

  /** An idea's public comment count now (its pending counter deltas included), for an event to carry. */
  async commentCountOf(ideaId: string): Promise<number | undefined> {
    return (await this.ideas.findById(ideaId))?.commentCount;
  }

  /** Logs an action and tells who it concerns: the item's queue state and the event, without a visibility change (dismiss, suspend). */
  async record(subject: ActionSubject, change: StateChange, itemState: ModerationItemState | null): Promise<ActionRow> {
    return (await this.recordMany([{ subject, change }], itemState))[0];
  }

  /**
   * `record` for several subjects in three statements whatever their number (Pollen's own flags
   * come in batches): the items put in `itemState`, the log entries, the events.
   */
  async recordMany(entries: ReadonlyArray<{ subject: ActionSubject; change: StateChange }>, itemState: ModerationItemState | null): Promise<ActionRow[]> {
    if (!entries.length) return [];
    if (itemState) {
      await this.items.putInState(
        entries.map(({ subject }) => ({
          organizationId: subject.organizationId,
          challengeId: subject.challengeId,
          targetType: subject.type,
          targetId: subject.id,
          authorId: subject.authorId ?? subject.authors[0] ?? null,
        })),
        itemState,
      );
    }
    const actions = await this.log.appendMany(
      entries.map(({ subject, change }) => ({
        organizationId: subject.organizationId,
        challengeId: subject.challengeId,
        actorId: change.actorId,
        action: change.action,
        targetType: subject.type,
        targetId: subject.id,
        reason: change.reason,
        before: change.before ?? {},
        after: change.after ?? {},
        undoes: change.undoes ?? null,
      })),
    );
    await this.events.recordMany(
      entries.map(({ subject, change }, n) => ({
        type: 'moderation.actioned' as const,
        challengeId: subject.challengeId,
        aggregateId: subject.id,
        actorId: change.actorId,
        payload: {
          organizationId: subject.organizationId,
          challengeId: subject.challengeId,
          actionId: actions[n].id,
          action: change.action,
          targetType: subject.type,
          targetId: subject.id,
          ideaId: subject.ideaId ?? null,
          commentId: subject.commentId ?? null,
          from: change.before?.visibility ?? null,
          to: change.after?.visibility ?? null,
          mergedInto: change.after?.mergedInto ?? null,
          until: change.after?.until ?? null,
          reason: change.reason,
          ...(subject.commentCount === undefined ? {} : { commentCount: subject.commentCount }),
          affectedUserIds: subject.authors,
          ...(change.notify === false ? { silent: true } : {}),
        },
      })),
    );
    return actions;
  }

  private async settle(
    subject: ActionSubject & { challengeId: string },
    from: Visibility,
    to: Visibility,
    change: StateChange,
    after: Record<string, unknown>,
  ): Promise<ActionRow> {
    const item = await this.items.upsert({
      organizationId: subject.organizationId,
      challengeId: subject.challengeId,
      targetType: subject.type,
      targetId: subject.id,
      authorId: subject.authors[0] ?? null,
      state: itemStateFor(to),
    });
    await this.items.setState(item.id, itemStateFor(to), change.rule);
    return this.record(subject, { ...change, before: { ...change.before, visibility: from }, after: { ...change.after, ...after, visibility: to } }, null);
  }

  /**
   * Removal cancels the content's credit; coming back credits the same again (what the last
   * removal cancelled, read from its log entry). Returns what goes in the log entry.
   */
  private async credit(
    challengeId: string,
    targetId: string,
    from: Visibility,
    to: Visibility,
    kinds: ContributionKind[],
    subject: { ideaId?: string; commentId?: string },
  ): Promise<{ cancelled?: CancelledEntry[]; recredited?: number }> {
    if (keepsCredit(from) && !keepsCredit(to)) return { cancelled: await this.ledger.compensateAll(challengeId, kinds, subject) };
    if (!keepsCredit(from) && keepsCredit(to)) {
      const last = await this.log.latestCancelling(targetId);
      const cancelled = (last?.after.cancelled as CancelledEntry[] | undefined) ?? [];
      await this.ledger.recredit(challengeId, cancelled, { restoredBy: 'moderation' });
      return { recredited: cancelled.length };
    }
    return {};
  }
}
