import { Injectable } from '@nestjs/common';
import { Db, UnitOfWork } from '@pollen/database';
import { WriteLimits } from '@pollen/limits';
import { IdeaCountersRepository } from '@pollen/ideas';
import { CancelledEntry, ContributionKind, LedgerRecorder } from '@pollen/ledger';
import { ClientKey, PollenError, Viewer, Visibility, checkId } from '@pollen/kernel';
import { IdeaTarget, ModerationContentRepository } from './moderation-content.repository';
import { ActionRow, ModerationLogRepository } from './moderation-log.repository';
import { ModerationPermissionPolicy } from './moderation-permission.policy';
import { ModerationStateService } from './moderation-state.service';
import { ModerationActionKind, ModerationTargetType } from './moderation.enums';
import { cleanReason } from './moderation-actions.service';

interface Vote {
  userId: string;
  value: number;
}

/** What a merge did, kept in its log entry so that undoing it puts everything back. */
interface MergeRecord {
  mergedIdeaId: string;
  moved: Vote[];
  dropped: Vote[];
  comments: string[];
  addedAuthors: string[];
  sharesBefore: Array<[string, number]>;
  sharesAfter: Array<[string, number]>;
  visibilityBefore: Visibility;
  /** The VOTE_CAST entries of the merged idea the merge cancelled (a dropped vote's come back with it). */
  voteCredit: CancelledEntry[];
  mergedActionId?: string;
}

const tally = (votes: Vote[]) => ({ upvotes: votes.filter((v) => v.value === 1).length, downvotes: votes.filter((v) => v.value === -1).length });

/** Equal basis points summing to 10,000, the first by id getting what does not divide (as co-authorship does). */
function equalShares(userIds: string[]): Array<[string, number]> {
  const sorted = [...userIds].sort();
  const base = Math.floor(10_000 / sorted.length);
  return sorted.map((id, i) => [id, base + (i < 10_000 - base * sorted.length ? 1 : 0)]);
}

/**
 * Merging a duplicate into another idea of the same challenge, and undoing it. The merged idea's
 * votes move to the kept idea, but a voter who voted on both keeps only the kept idea's vote (no
 * one counted twice); its comments move under the kept idea; its authors become co-authors of the
 * kept idea (equal shares, an AUTHORSHIP entry); its own credit is cancelled (compensating entries)
 * and each moved vote's VOTE_CAST moves with it (cancelled on one idea, new on the other). The
 * merged idea answers with MERGED and `mergedIntoId`. Undo reverses each step with new entries.
 */
@Injectable()
export class MergeService {
  constructor(
    private readonly db: Db,
    private readonly limits: WriteLimits,
    private readonly permissions: ModerationPermissionPolicy,
    private readonly content: ModerationContentRepository,
    private readonly log: ModerationLogRepository,
    private readonly state: ModerationStateService,
    private readonly counters: IdeaCountersRepository,
    private readonly ledger: LedgerRecorder,
  ) {}

  /** Counted first against the shared write limits (policy `moderate`). */
  async merge(viewer: Viewer, input: { ideaId: unknown; intoIdeaId: unknown; reason: unknown }, client: ClientKey): Promise<ActionRow> {
    await this.limits.consume('moderate', viewer, client);
    return this.mergeNow(viewer, input);
  }

  @UnitOfWork()
  private async mergeNow(viewer: Viewer, input: { ideaId: unknown; intoIdeaId: unknown; reason: unknown }): Promise<ActionRow> {
    const mergedId = checkId(input.ideaId, 'ideaId');
    const keptId = checkId(input.intoIdeaId, 'intoIdeaId');
    const reason = cleanReason(input.reason);
    if (mergedId === keptId) throw PollenError.badInput('intoIdeaId', 'must be another idea');
    const ideas = await this.content.ideas([mergedId, keptId], true);
    const merged = ideas.find((i) => i.id === mergedId);
    const kept = ideas.find((i) => i.id === keptId);
    if (!merged) throw PollenError.notFound('Idea', mergedId);
    if (!kept) throw new PollenError('NOT_FOUND', 'intoIdeaId: idea not found', { field: 'intoIdeaId', id: keptId });
    await this.permissions.requireTeam(merged.organizationId, viewer);
    if (kept.challengeId !== merged.challengeId) throw new PollenError('BAD_USER_INPUT', 'intoIdeaId: must be an idea of the same challenge', { field: 'intoIdeaId', rule: 'OTHER_CHALLENGE' });
    for (const idea of [merged, kept]) {
      if (idea.visibility === Visibility.MERGED) throw new PollenError('CONFLICT', `${idea.id} was merged already`, { rule: 'ALREADY_MERGED', id: idea.id });
      if (idea.status === 'ADOPTED' && idea === merged) throw new PollenError('CONFLICT', `${idea.id} was adopted: its credit is final and it stays`, { rule: 'ADOPTED_IS_FINAL', id: idea.id });
    }

    const votes = await this.content.votesOf(mergedId);
    const keptVoters = new Set((await this.content.votesOf(keptId)).map((v) => v.userId));
    const keptAuthors = new Set(kept.authors);
    // A vote on both ideas counts once, as cast on the kept idea; so does an author's (they cannot vote on their own idea).
    const dropped = votes.filter((v) => keptVoters.has(v.userId) || keptAuthors.has(v.userId));
    const moved = await this.content.moveVotes(mergedId, keptId, votes.filter((v) => !dropped.includes(v)).map((v) => v.userId));
    await this.content.deleteVotes(mergedId, dropped.map((v) => v.userId));
    await this.counters.add(mergedId, negate(tally(votes)));
    await this.counters.add(keptId, tally(moved));
    const voteCredit = await this.moveVoteCredit(merged.challengeId, mergedId, keptId, moved, dropped);

    const comments = await this.content.moveComments(mergedId, keptId, null);
    const counted = comments.filter((c) => c.counted).length;
    if (counted) {
      await this.counters.add(mergedId, { comments: -counted });
      await this.counters.add(keptId, { comments: counted });
    }

    const sharesBefore = (await this.content.shares(keptId)).map((s): [string, number] => [s.userId, s.shareBp]);
    const addedAuthors = merged.authors.filter((id) => !keptAuthors.has(id));
    await this.content.addCoAuthors(keptId, addedAuthors, viewer.userId);
    const sharesAfter = addedAuthors.length ? equalShares([...kept.authors, ...addedAuthors]) : sharesBefore;
    if (addedAuthors.length) await this.setShares(kept, viewer, sharesAfter);
    // The merged idea's authors share the kept idea now: a split they were agreeing on is moot (undo brings none back).
    await this.content.dropSplitProposal(mergedId);

    const record: MergeRecord = { mergedIdeaId: mergedId, moved, dropped, comments: comments.map((c) => c.id), addedAuthors, sharesBefore, sharesAfter, visibilityBefore: merged.visibility, voteCredit };
    const mergedAction = await this.state.idea(merged, Visibility.MERGED, { actorId: viewer.userId, action: ModerationActionKind.MERGE, reason, after: { intoIdeaId: keptId } }, keptId);
    const keptCount = counted ? await this.state.commentCountOf(keptId) : undefined;
    return this.logOnKept(kept, viewer, ModerationActionKind.MERGE, reason, { ...record, mergedActionId: mergedAction.id }, onlyKept(kept, merged), null, keptCount);
  }

  /** Counted first against the shared write limits (policy `moderate`). */
  async undo(viewer: Viewer, input: { actionId: unknown; reason: unknown }, client: ClientKey): Promise<ActionRow> {
    await this.limits.consume('moderate', viewer, client);
    return this.undoNow(viewer, input);
  }

  @UnitOfWork()
  private async undoNow(viewer: Viewer, input: { actionId: unknown; reason: unknown }): Promise<ActionRow> {
    const actionId = checkId(input.actionId, 'actionId');
    const reason = cleanReason(input.reason);
    const action = await this.log.find(actionId);
    if (!action || action.action !== ModerationActionKind.MERGE || action.targetType !== ModerationTargetType.IDEA || !action.after.mergedIdeaId) {
      throw new PollenError('NOT_FOUND', 'actionId: no merge with this id', { field: 'actionId', id: actionId });
    }
    await this.permissions.requireTeam(action.organizationId, viewer);
    if (await this.log.undone(actionId)) throw new PollenError('CONFLICT', 'This merge was undone already', { rule: 'ALREADY_UNDONE' });
    const record = action.after as unknown as MergeRecord;
    const latest = await this.log.latestMergeInto(action.targetId);
    if (latest?.id !== actionId) throw new PollenError('CONFLICT', 'A later merge into the same idea is in force: undo it first', { rule: 'LATER_MERGE', actionId: latest?.id });
    const ideas = await this.content.ideas([record.mergedIdeaId, action.targetId], true);
    const merged = ideas.find((i) => i.id === record.mergedIdeaId)!;
    const kept = ideas.find((i) => i.id === action.targetId)!;
    if (kept.visibility === Visibility.MERGED) throw new PollenError('CONFLICT', 'The kept idea was merged since: undo that merge first', { rule: 'LATER_MERGE' });

    // Votes moved come back as they stand now (a voter may have changed or cleared theirs since).
    const back = await this.content.moveVotes(kept.id, merged.id, record.moved.map((v) => v.userId));
    const restored = await this.content.restoreVotes(merged.id, record.dropped);
    await this.counters.add(kept.id, negate(tally(back)));
    await this.counters.add(merged.id, tally([...back, ...restored]));
    const backIds = back.map((v) => v.userId);
    const cancelled = backIds.length ? await this.ledger.compensateAll(kept.challengeId, [ContributionKind.VOTE_CAST], { ideaId: kept.id, participantIds: backIds }) : [];
    const restoredVoters = new Set(restored.map((v) => v.userId));
    const droppedCredit = record.voteCredit.filter((e) => restoredVoters.has(e.participantId));
    await this.ledger.recredit(kept.challengeId, [...cancelled.map((e) => ({ ...e, ideaId: merged.id })), ...droppedCredit], { undoesMerge: actionId });

    const comments = await this.content.moveComments(kept.id, merged.id, record.comments);
    const counted = comments.filter((c) => c.counted).length;
    if (counted) {
      await this.counters.add(kept.id, { comments: -counted });
      await this.counters.add(merged.id, { comments: counted });
    }

    if (record.addedAuthors.length) {
      await this.content.removeAuthors(kept.id, record.addedAuthors);
      const remaining = kept.authors.filter((id) => !record.addedAuthors.includes(id));
      const sameAuthors = remaining.length === record.sharesBefore.length && record.sharesBefore.every(([id]) => remaining.includes(id));
      await this.setShares({ ...kept, authors: remaining }, viewer, sameAuthors ? record.sharesBefore : equalShares(remaining));
    }
    const mergedCount = counted ? await this.state.commentCountOf(merged.id) : undefined;
    const keptCount = counted ? await this.state.commentCountOf(kept.id) : undefined;
    await this.state.idea(merged, record.visibilityBefore, { actorId: viewer.userId, action: ModerationActionKind.UNDO_MERGE, reason, undoes: record.mergedActionId ?? null }, null, mergedCount);
    return this.logOnKept(kept, viewer, ModerationActionKind.UNDO_MERGE, reason, { mergedIdeaId: merged.id, undoneMergeId: actionId }, onlyKept(kept, merged), actionId, keptCount);
  }

  /** A moved vote's credit moves with it; a dropped vote (counted on the kept idea already) loses its entry. */
  private async moveVoteCredit(challengeId: string, from: string, to: string, moved: Vote[], dropped: Vote[]): Promise<CancelledEntry[]> {
    const voters = [...moved, ...dropped].map((v) => v.userId);
    if (!voters.length) return [];
    const cancelled = await this.ledger.compensateAll(challengeId, [ContributionKind.VOTE_CAST], { ideaId: from, participantIds: voters });
    const movers = new Set(moved.map((v) => v.userId));
    await this.ledger.recredit(challengeId, cancelled.filter((e) => movers.has(e.participantId)).map((e) => ({ ...e, ideaId: to })), { mergedFrom: from });
    return cancelled;
  }

  private async setShares(idea: IdeaTarget, viewer: Viewer, shares: Array<[string, number]>): Promise<void> {
    await this.content.dropSplitProposal(idea.id);
    await this.content.setShares(idea.id, shares);
    await this.ledger.authorship(idea.challengeId, idea.id, viewer.userId, shares);
  }

  /** `commentCount`: the kept idea's public comment count after the comments moved, for open pages to show. */
  private async logOnKept(
    kept: IdeaTarget,
    viewer: Viewer,
    kind: ModerationActionKind,
    reason: string,
    after: Record<string, unknown>,
    affected: string[],
    undoes: string | null = null,
    commentCount?: number,
  ): Promise<ActionRow> {
    return this.state.record(
      { type: ModerationTargetType.IDEA, id: kept.id, challengeId: kept.challengeId, organizationId: kept.organizationId, authors: affected, ideaId: kept.id, commentCount },
      { actorId: viewer.userId, action: kind, reason, before: {}, after, undoes },
      null,
    );
  }
}

/** The kept idea's own authors: the merged idea's are told by the action on their idea (once, saying where it went). */
function onlyKept(kept: { authors: string[] }, merged: { authors: string[] }): string[] {
  return kept.authors.filter((author) => !merged.authors.includes(author));
}

function negate(delta: { upvotes: number; downvotes: number }) {
  return { upvotes: -delta.upvotes, downvotes: -delta.downvotes };
}
