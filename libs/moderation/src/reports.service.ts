import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { ClientKey, PollenError, Viewer, Visibility, canOpen, checkId, cleanText, isListed } from '@pollen/kernel';
import { WriteLimits } from '@pollen/limits';
import { ModerationContentRepository } from './moderation-content.repository';
import { ModerationItemsRepository } from './moderation-items.repository';
import { ModerationRulesRepository } from './moderation-rules.repository';
import { ModerationStateService } from './moderation-state.service';
import { ModerationActionKind, ModerationItemState, ModerationTargetType, ReportReason } from './moderation.enums';
import { REPORT_DETAILS_MAX } from './moderation.constant';

export interface ReportInput {
  targetType: unknown;
  targetId: unknown;
  reason: unknown;
  originalIdeaId?: unknown;
  details?: unknown;
  challengeId?: unknown;
}

export interface ReportReceipt {
  targetType: ModerationTargetType;
  targetId: string;
  reason: ReportReason;
  reportedAt: Date;
}

interface Reported {
  organizationId: string;
  challengeId: string;
  authorId: string;
  authors: string[];
  visibility: Visibility | null;
  ideaId: string | null;
}

const refuse = (code: 'FORBIDDEN' | 'CONFLICT' | 'BAD_USER_INPUT', rule: string, message: string, details: Record<string, unknown> = {}) =>
  new PollenError(code, message, { rule, ...details });

/**
 * Any signed-in participant reports an idea, a comment or a participant, once per target. A
 * report counts towards holding content only when its reporter is in good standing
 * (ModerationContentRepository.inStanding); the challenge's threshold of such reporters holds it
 * at once, pending a moderator. Every refusal names its rule in `extensions.rule`.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly db: Db,
    private readonly challenges: ChallengesService,
    private readonly content: ModerationContentRepository,
    private readonly items: ModerationItemsRepository,
    private readonly rules: ModerationRulesRepository,
    private readonly state: ModerationStateService,
    private readonly events: DomainEventRecorder,
    private readonly limits: WriteLimits,
  ) {}

  /** Counted first against the shared write limits (policy `report`: per account, new account and client). */
  async report(viewer: Viewer, input: ReportInput, client: ClientKey): Promise<ReportReceipt> {
    await this.limits.consume('report', viewer, client);
    return this.reportNow(viewer, input);
  }

  @UnitOfWork()
  private async reportNow(viewer: Viewer, input: ReportInput): Promise<ReportReceipt> {
    const targetType = input.targetType as ModerationTargetType;
    if (!Object.values(ModerationTargetType).includes(targetType)) throw PollenError.badInput('targetType', 'must be IDEA, COMMENT or USER');
    const targetId = checkId(input.targetId, 'targetId');
    const reason = input.reason as ReportReason;
    if (!Object.values(ReportReason).includes(reason)) throw PollenError.badInput('reason', `must be one of ${Object.values(ReportReason).join(', ')}`);
    const details =
      input.details === undefined || input.details === null ? null : cleanText(input.details, { field: 'details', min: 3, max: REPORT_DETAILS_MAX, multiline: true });
    if (reason === ReportReason.OTHER && !details) throw PollenError.badInput('details', 'say what is wrong when the reason is OTHER');
    let originalIdeaId: string | null = null;
    if (reason === ReportReason.DUPLICATE) {
      if (input.originalIdeaId === undefined || input.originalIdeaId === null) throw PollenError.badInput('originalIdeaId', 'name the original idea of a DUPLICATE');
      originalIdeaId = checkId(input.originalIdeaId, 'originalIdeaId');
    }

    const target = await this.target(viewer, targetType, targetId, input.challengeId);
    await this.challenges.assertNotSuspended(target.organizationId, viewer);
    if (target.authors.includes(viewer.userId)) {
      throw refuse('FORBIDDEN', targetType === ModerationTargetType.USER ? 'SELF_REPORT' : 'OWN_CONTENT', 'You cannot report yourself or your own content');
    }
    if (originalIdeaId) await this.checkOriginal(targetType, targetId, target, originalIdeaId);

    const item = await this.items.upsert({
      organizationId: target.organizationId,
      challengeId: target.challengeId,
      targetType,
      targetId,
      authorId: target.authorId,
      state: ModerationItemState.REPORTED,
    });
    const inStanding = await this.content.inStanding(viewer.userId, target.organizationId);
    if (!(await this.items.addReport({ itemId: item.id, reporterId: viewer.userId, reason, originalIdeaId, details, inStanding }))) {
      throw refuse('CONFLICT', 'ALREADY_REPORTED', 'You have already reported this');
    }
    const reporters = item.standingReporters + (inStanding ? 1 : 0);
    await this.events.record({
      type: 'moderation.reported',
      challengeId: target.challengeId,
      aggregateId: targetId,
      actorId: viewer.userId,
      payload: { organizationId: target.organizationId, challengeId: target.challengeId, itemId: item.id, targetType, targetId, ideaId: target.ideaId, reason, reporterCount: item.reporterCount + 1 },
    });
    if (target.visibility !== null && isListed(target.visibility)) {
      const { holdThreshold } = await this.rules.settings(target.challengeId);
      if (reporters >= holdThreshold) await this.hold(targetType, targetId, reporters);
    }
    return { targetType, targetId, reason, reportedAt: new Date() };
  }

  private async hold(targetType: ModerationTargetType, targetId: string, reporters: number): Promise<void> {
    const change = { actorId: null, action: ModerationActionKind.AUTO_HOLD, reason: `Held for review: reported by ${reporters} participants in good standing` };
    if (targetType === ModerationTargetType.IDEA) {
      const [idea] = await this.content.ideas([targetId], true);
      if (isListed(idea.visibility)) await this.state.idea(idea, Visibility.HELD, change);
    } else {
      const [comment] = await this.content.comments([targetId], true);
      if (isListed(comment.visibility)) await this.state.comment(comment, Visibility.HELD, change);
    }
  }

  /** The reported thing, as the reporter may see it (what they cannot open does not exist for them). */
  private async target(viewer: Viewer, type: ModerationTargetType, id: string, challengeIdValue: unknown): Promise<Reported> {
    if (type === ModerationTargetType.USER) {
      if (challengeIdValue === undefined || challengeIdValue === null) throw PollenError.badInput('challengeId', 'name the challenge where this participant took part');
      const challenge = await this.challenges.getVisible(checkId(challengeIdValue, 'challengeId'), viewer);
      if (!(await this.content.user(id))) throw PollenError.notFound('User', id);
      // Only someone who took part where the reporter can see it: no reporting strangers into a brand's queue by id.
      if (id !== viewer.userId && !(await this.content.tookPart(id, challenge.id, await this.challenges.isTeamMember(challenge, viewer)))) {
        throw new PollenError('NOT_FOUND', 'targetId: this participant took no part in this challenge that you can see', { field: 'targetId', rule: 'NOT_A_PARTICIPANT' });
      }
      return { organizationId: challenge.organizationId, challengeId: challenge.id, authorId: id, authors: [id], visibility: null, ideaId: null };
    }
    const [row] = type === ModerationTargetType.IDEA ? await this.content.ideas([id]) : await this.content.comments([id]);
    const entity = type === ModerationTargetType.IDEA ? 'Idea' : 'Comment';
    if (!row) throw PollenError.notFound(entity, id);
    const challenge = await this.challenges.getVisible(row.challengeId, viewer).catch(() => {
      throw PollenError.notFound(entity, id);
    });
    const authors = 'authors' in row ? row.authors : [row.authorId];
    const isTeam = await this.challenges.isTeamMember(challenge, viewer);
    if (!canOpen(row.visibility, authors.includes(viewer.userId), isTeam)) throw PollenError.notFound(entity, id);
    if ('deleted' in row && row.deleted) throw refuse('CONFLICT', 'DELETED', 'This comment was deleted');
    if (row.visibility === Visibility.MERGED) throw refuse('CONFLICT', 'MERGED', 'This idea was merged into another', { mergedInto: 'mergedInto' in row ? row.mergedInto : null });
    return { organizationId: row.organizationId, challengeId: row.challengeId, authorId: row.authorId, authors, visibility: row.visibility, ideaId: 'ideaId' in row ? row.ideaId : row.id };
  }

  private async checkOriginal(type: ModerationTargetType, targetId: string, target: Reported, originalIdeaId: string): Promise<void> {
    if (type !== ModerationTargetType.IDEA) throw PollenError.badInput('reason', 'only an idea can be a DUPLICATE');
    if (originalIdeaId === targetId) throw PollenError.badInput('originalIdeaId', 'must be another idea');
    const [original] = await this.content.ideas([originalIdeaId]);
    if (!original || !isListed(original.visibility)) throw new PollenError('NOT_FOUND', 'originalIdeaId: idea not found', { field: 'originalIdeaId', id: originalIdeaId });
    if (original.challengeId !== target.challengeId) throw PollenError.badInput('originalIdeaId', 'must be an idea of the same challenge');
  }
}
