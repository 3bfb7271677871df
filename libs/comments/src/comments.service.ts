import { Inject, Injectable } from '@nestjs/common';
import { ChallengesService, ParticipationAction } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { DomainEventRecorder } from '@pollen/events';
import { IdeaCountersRepository, IdeasService } from '@pollen/ideas';
import { ContributionKind, LedgerRecorder } from '@pollen/ledger';
import {
  CONTENT_SCREEN,
  COMMENT_BODY_MAX,
  ClientKey,
  ContentScreen,
  Page,
  PollenError,
  Viewer,
  Visibility,
  canOpen,
  checkId,
  cleanText,
  decodeCursor,
  encodeCursor,
  isListed,
  pageSize,
  toPage,
} from '@pollen/kernel';
import { CommentStance } from './comment.model';
import { WriteLimits } from '@pollen/limits';
import { CommentRow, CommentsRepository, Thread } from './comments.repository';

const cleanBody = (value: unknown): string => cleanText(value, { field: 'body', max: COMMENT_BODY_MAX, multiline: true });

function cleanStance(value: unknown): CommentStance | null | undefined {
  if (value === undefined || value === null) return value;
  if (!Object.values(CommentStance).includes(value as CommentStance)) throw PollenError.badInput('stance', 'must be FOR, NEUTRAL or AGAINST');
  return value as CommentStance;
}

export function commentCursor(row: CommentRow): string {
  return encodeCursor('comments', [row.createdKey, row.id]);
}

@Injectable()
export class CommentsService {
  constructor(
    private readonly db: Db,
    private readonly comments: CommentsRepository,
    private readonly ideas: IdeasService,
    private readonly counters: IdeaCountersRepository,
    private readonly challenges: ChallengesService,
    private readonly events: DomainEventRecorder,
    private readonly ledger: LedgerRecorder,
    private readonly limits: WriteLimits,
    @Inject(CONTENT_SCREEN) private readonly screen: ContentScreen,
  ) {}

  async add(viewer: Viewer, input: { ideaId: unknown; body: unknown; parentId?: unknown; stance?: unknown }, client: ClientKey): Promise<CommentRow> {
    await this.limits.consume('comment', viewer, client);
    return this.addNow(viewer, input);
  }

  @UnitOfWork()
  private async addNow(viewer: Viewer, input: { ideaId: unknown; body: unknown; parentId?: unknown; stance?: unknown }): Promise<CommentRow> {
    const ideaId = checkId(input.ideaId, 'ideaId');
    const body = cleanBody(input.body);
    const stance = cleanStance(input.stance) ?? null;
    const parentId = input.parentId === undefined || input.parentId === null ? null : checkId(input.parentId, 'parentId');
    const idea = await this.ideas.getVisible(ideaId, viewer);
    const challenge = await this.challenges.requireAction(idea.challengeId, viewer, ParticipationAction.COMMENT);
    if (!isListed(idea.visibility)) throw PollenError.conflict('This idea is not open to comments while it is under moderation', { visibility: idea.visibility });
    if (parentId) {
      const parent = await this.comments.findById(parentId);
      if (!parent) throw new PollenError('NOT_FOUND', 'parentId: comment not found', { field: 'parentId', id: parentId });
      if (parent.ideaId !== ideaId) throw PollenError.badInput('parentId', 'must be a comment on the same idea');
      // A held, pending or hidden comment takes no replies: they would reach the thread (and its count) without it.
      if (!isListed(parent.visibility)) {
        if (!canOpen(parent.visibility, parent.authorId === viewer.userId, await this.challenges.isTeamMember(challenge, viewer))) {
          throw new PollenError('NOT_FOUND', 'parentId: comment not found', { field: 'parentId', id: parentId });
        }
        throw PollenError.conflict('This comment is not open to replies while it is under moderation', { field: 'parentId', visibility: parent.visibility });
      }
    }
    const verdict = await this.screen.screen(viewer, { kind: 'COMMENT', challengeId: idea.challengeId, organizationId: challenge.organizationId, texts: { body }, revision: false });
    const comment = await this.comments.insert({ ideaId, challengeId: idea.challengeId, authorId: viewer.userId, parentId, body, stance, visibility: verdict.visibility });
    await this.screen.admitted(verdict, { kind: 'COMMENT', id: comment.id, challengeId: idea.challengeId, organizationId: challenge.organizationId, authorId: viewer.userId });
    // Comment counts count what everyone sees: a held or pending comment is counted once approved,
    // a reply only while the thread above it is open to everyone.
    if (isListed(comment.visibility) && (!parentId || (await this.comments.publicWeight(comment.id)).reachable)) await this.counters.add(ideaId, { comments: 1 });
    await this.ledger.contribute(idea.challengeId, viewer.userId, ContributionKind.COMMENT, { ideaId, commentId: comment.id });
    await this.events.record({
      type: 'comment.created',
      challengeId: idea.challengeId,
      aggregateId: comment.id,
      actorId: viewer.userId,
      payload: { commentId: comment.id, ideaId, challengeId: idea.challengeId, parentId, authorId: viewer.userId, body, stance, createdAt: comment.createdAt },
    });
    return comment;
  }

  @UnitOfWork()
  async edit(viewer: Viewer, input: { commentId: unknown; body: unknown; stance?: unknown }, client: ClientKey): Promise<CommentRow> {
    await this.limits.consume('comment', viewer, client);
    const commentId = checkId(input.commentId, 'commentId');
    const body = cleanBody(input.body);
    const stance = cleanStance(input.stance);
    const { comment, organizationId } = await this.lockOwn(viewer, commentId);
    if (comment.body === body && (stance === undefined || stance === comment.stance)) return comment;
    if (comment.body !== body) {
      const verdict = await this.screen.screen(viewer, { kind: 'COMMENT', challengeId: comment.challengeId, organizationId, texts: { body }, revision: true });
      if (verdict.visibility === Visibility.HELD && isListed(comment.visibility)) {
        await this.screen.admitted(verdict, { kind: 'COMMENT', id: commentId, challengeId: comment.challengeId, organizationId, authorId: viewer.userId });
      }
    }
    const edited = (await this.comments.edit(commentId, body, stance))!;
    await this.events.record({
      type: 'comment.edited',
      challengeId: comment.challengeId,
      aggregateId: commentId,
      actorId: viewer.userId,
      // The stance before and after, with the day it was written: the insights' stance counts follow it.
      payload: { commentId, ideaId: comment.ideaId, challengeId: comment.challengeId, body, editedAt: edited.editedAt, stance: edited.stance, previousStance: comment.stance, createdAt: comment.createdAt },
    });
    return edited;
  }

  @UnitOfWork()
  async delete(viewer: Viewer, commentIdValue: unknown, client: ClientKey): Promise<CommentRow> {
    await this.limits.consume('comment', viewer, client);
    const commentId = checkId(commentIdValue, 'commentId');
    const { comment } = await this.lockOwn(viewer, commentId);
    const deleted = (await this.comments.softDelete(commentId))!;
    if (isListed(comment.visibility) && (!comment.parentId || (await this.comments.publicWeight(commentId)).reachable)) await this.counters.add(comment.ideaId, { comments: -1 });
    // Removed content gives back what it earned: compensating entries, never a deleted one.
    await this.ledger.compensate(comment.challengeId, ContributionKind.COMMENT, { commentId });
    if (comment.helpful) await this.ledger.compensate(comment.challengeId, ContributionKind.COMMENT_HELPFUL, { commentId });
    await this.events.record({
      type: 'comment.deleted',
      challengeId: comment.challengeId,
      aggregateId: commentId,
      actorId: viewer.userId,
      payload: { commentId, ideaId: comment.ideaId, challengeId: comment.challengeId, stance: comment.stance, createdAt: comment.createdAt },
    });
    return deleted;
  }

  /**
   * The idea's author or the brand team marks a comment helpful (or takes it back), which credits
   * the comment's author; allowed while commenting is. Marking one's own comment is refused.
   */
  @UnitOfWork()
  async markHelpful(viewer: Viewer, commentIdValue: unknown, helpfulValue: unknown, client: ClientKey): Promise<CommentRow> {
    await this.limits.consume('team', viewer, client);
    const commentId = checkId(commentIdValue, 'commentId');
    if (typeof helpfulValue !== 'boolean') throw PollenError.badInput('helpful', 'must be true or false');
    const comment = await this.comments.findById(commentId, true);
    if (!comment) throw PollenError.notFound('Comment', commentId);
    const idea = await this.ideas.findVisible(comment.ideaId, viewer);
    if (!idea) throw PollenError.notFound('Comment', commentId);
    const challenge = await this.challenges.requireAction(comment.challengeId, viewer, ParticipationAction.COMMENT);
    if (idea.authorId !== viewer.userId && !(await this.challenges.isTeamMember(challenge, viewer))) {
      throw PollenError.forbidden('Only the idea’s author or the brand’s team can mark a comment helpful');
    }
    if (comment.authorId === viewer.userId) throw PollenError.forbidden('You cannot mark your own comment helpful');
    if (comment.deleted) throw PollenError.conflict('This comment was deleted');
    if (comment.helpful === helpfulValue) return comment;
    const updated = (await this.comments.setHelpful(commentId, helpfulValue, viewer.userId))!;
    if (helpfulValue) {
      await this.ledger.credit(comment.challengeId, comment.authorId, ContributionKind.COMMENT_HELPFUL, { ideaId: comment.ideaId, commentId });
    } else {
      await this.ledger.compensate(comment.challengeId, ContributionKind.COMMENT_HELPFUL, { commentId });
    }
    await this.events.record({
      type: 'comment.helpfulMarked',
      challengeId: comment.challengeId,
      aggregateId: commentId,
      actorId: viewer.userId,
      payload: { commentId, ideaId: comment.ideaId, challengeId: comment.challengeId, helpful: helpfulValue },
    });
    return updated;
  }

  async page(thread: Thread, viewer: Viewer | null, args: { first?: number | null; after?: string | null }): Promise<Page<CommentRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'comments', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.comments.page(thread, viewer?.userId ?? null, after, limit + 1);
    return toPage(rows, limit, commentCursor);
  }

  /** Someone's comments (not deleted), newest first, where the viewer may see them: their profile. */
  async byAuthor(viewer: Viewer | null, authorId: string, args: { first?: number | null; after?: string | null }): Promise<Page<CommentRow>> {
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'authorComments', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.comments.byAuthor(authorId, viewer?.userId ?? null, after, limit + 1);
    return toPage(rows, limit, (row) => encodeCursor('authorComments', [row.createdKey, row.id]));
  }

  /** Only the author edits or deletes, only while the phase allows commenting, never twice. */
  private async lockOwn(viewer: Viewer, commentId: string): Promise<{ comment: CommentRow; organizationId: string }> {
    const comment = await this.comments.findById(commentId, true);
    if (!comment) throw PollenError.notFound('Comment', commentId);
    if (!(await this.ideas.findVisible(comment.ideaId, viewer))) throw PollenError.notFound('Comment', commentId);
    const challenge = await this.challenges.requireAction(comment.challengeId, viewer, ParticipationAction.COMMENT);
    if (comment.authorId !== viewer.userId) throw PollenError.forbidden('Only the author can change a comment');
    if (comment.deleted) throw PollenError.conflict('This comment was deleted');
    return { comment, organizationId: challenge.organizationId };
  }
}
