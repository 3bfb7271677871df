import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { BoundedList, ClientKey, Page, PagedConnection, PagedList, Viewer, requireViewer } from '@pollen/kernel';
import { BULK_ACTION_MAX, DUPLICATE_PAIRS_DEFAULT, RULES_PAGE_DEFAULT } from './moderation.constant';
import { CurrentClient } from '@pollen/limits';
import { ItemRow } from './moderation-items.repository';
import { ActionRow } from './moderation-log.repository';
import { ChallengeSettingsRow, RuleRow } from './moderation-rules.repository';
import { AddModerationRuleInput, ChallengeModerationInput, MergeIdeasInput, ModerateInput, ModerationLogArgs, ModerationQueueArgs, ReinstateInput, ReportInput, SuspendInput, UndoMergeInput } from './moderation.input';
import { DuplicatePairModel, ModerationActionModel, ModerationLogModel, ModerationQueueModel, ReportReceiptModel, RuleModel, SettingsModel } from './moderation.model';
import { ModerationActionsService } from './moderation-actions.service';
import { ModerationQueueService } from './moderation-queue.service';
import { MergeService } from './merge.service';
import { ReportReceipt, ReportsService } from './reports.service';

@Resolver()
export class ModerationResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly actions: ModerationActionsService,
    private readonly merges: MergeService,
    private readonly queue: ModerationQueueService,
  ) {}

  @Mutation(() => ReportReceiptModel, { description: 'Reports an idea, a comment or a participant, once per target' })
  report(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ReportInput): Promise<ReportReceipt> {
    return this.reports.report(requireViewer(viewer), input, client);
  }

  @Mutation(() => [ModerationActionModel], { description: 'Hides, restores, dismisses, approves or refuses 1–100 items with a reason (brand team)' })
  @BoundedList(BULK_ACTION_MAX)
  moderate(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ModerateInput): Promise<ActionRow[]> {
    return this.actions.moderate(requireViewer(viewer), input, client);
  }

  @Mutation(() => ModerationActionModel, { description: 'Keeps a participant from writing in the organisation’s challenges, for some days or for good' })
  suspendParticipant(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: SuspendInput): Promise<ActionRow> {
    return this.actions.suspend(requireViewer(viewer), input, client);
  }

  @Mutation(() => ModerationActionModel)
  reinstateParticipant(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ReinstateInput): Promise<ActionRow> {
    return this.actions.reinstate(requireViewer(viewer), input, client);
  }

  @Mutation(() => ModerationActionModel, { description: 'Merges a duplicate into another idea of the same challenge (votes, comments, authors)' })
  mergeIdeas(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: MergeIdeasInput): Promise<ActionRow> {
    return this.merges.merge(requireViewer(viewer), input, client);
  }

  @Mutation(() => ModerationActionModel, { description: 'Undoes a merge: votes, comments, co-authors and credit go back' })
  undoMerge(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: UndoMergeInput): Promise<ActionRow> {
    return this.merges.undo(requireViewer(viewer), input, client);
  }

  @Mutation(() => RuleModel)
  addModerationRule(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: AddModerationRuleInput): Promise<RuleRow> {
    return this.queue.addRule(requireViewer(viewer), input, client);
  }

  @Mutation(() => RuleModel)
  removeModerationRule(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('ruleId', { type: () => ID }) ruleId: string): Promise<RuleRow> {
    return this.queue.removeRule(requireViewer(viewer), ruleId, client);
  }

  @Mutation(() => SettingsModel)
  setChallengeModeration(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: ChallengeModerationInput): Promise<ChallengeSettingsRow> {
    return this.queue.saveSettings(requireViewer(viewer), input, client);
  }

  @Query(() => ModerationQueueModel, { description: 'Reported, held and pending items of an organisation, most recently changed first (brand team)' })
  @PagedConnection()
  moderationQueue(@CurrentViewer() viewer: Viewer | null, @Args() args: ModerationQueueArgs): Promise<Page<ItemRow>> {
    return this.queue.queue(requireViewer(viewer), args);
  }

  @Query(() => ModerationLogModel, { description: 'The organisation’s moderation log, newest first (brand team)' })
  @PagedConnection()
  moderationLog(@CurrentViewer() viewer: Viewer | null, @Args() args: ModerationLogArgs): Promise<Page<ActionRow>> {
    return this.queue.logPage(requireViewer(viewer), args);
  }

  @Query(() => [RuleModel], { description: "The organisation's word and link rules, oldest first (brand team)" })
  @PagedList(RULES_PAGE_DEFAULT)
  moderationRules(
    @CurrentViewer() viewer: Viewer | null,
    @Args('organizationId', { type: () => ID }) organizationId: string,
    @Args('first', { type: () => Int, nullable: true, description: '1–500, default 100' }) first?: number | null,
  ): Promise<RuleRow[]> {
    return this.queue.listRules(requireViewer(viewer), organizationId, first);
  }

  @Query(() => SettingsModel)
  challengeModeration(@CurrentViewer() viewer: Viewer | null, @Args('challengeId', { type: () => ID }) challengeId: string): Promise<ChallengeSettingsRow> {
    return this.queue.settings(requireViewer(viewer), challengeId);
  }

  @Query(() => [DuplicatePairModel], { description: 'Likely duplicate pairs in a challenge, most alike first (brand team)' })
  @PagedList(DUPLICATE_PAIRS_DEFAULT)
  duplicateCandidates(
    @CurrentViewer() viewer: Viewer | null,
    @Args('challengeId', { type: () => ID }) challengeId: string,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
  ): Promise<Array<{ ideaId: string; otherId: string; similarity: number }>> {
    return this.queue.duplicatePairs(requireViewer(viewer), challengeId, first);
  }
}
