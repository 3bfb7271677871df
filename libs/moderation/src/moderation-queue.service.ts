import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { Db, UnitOfWork } from '@pollen/database';
import { WriteLimits } from '@pollen/limits';
import { ClientKey, Page, PollenError, Viewer, checkId, cleanOptionalText, cleanText, decodeCursor, encodeCursor, pageSize, toPage } from '@pollen/kernel';
import { ModerationContentRepository } from './moderation-content.repository';
import { ItemRow, ModerationItemsRepository, QueueFilter } from './moderation-items.repository';
import { ActionRow, ModerationLogRepository } from './moderation-log.repository';
import { ModerationPermissionPolicy } from './moderation-permission.policy';
import { ChallengeSettingsRow, ModerationRulesRepository, RuleRow } from './moderation-rules.repository';
import { ModerationActionKind, ModerationItemState, ModerationTargetType, RuleAction, RuleKind } from './moderation.enums';
import { DUPLICATE_PAIRS_DEFAULT, DUPLICATE_PAIRS_MAX, DUPLICATE_SIMILARITY_MIN, HOLD_THRESHOLD_DEFAULT, LOG_SEARCH_MAX, LOG_SEARCH_MIN, RULES_PAGE_DEFAULT, RULES_PER_ORGANIZATION_MAX } from './moderation.constant';
import { normaliseDomain, normaliseForRules } from './text-rules.util';

const OPEN_STATES = [ModerationItemState.REPORTED, ModerationItemState.HELD, ModerationItemState.PENDING, ModerationItemState.FLAGGED];

/** The team's views: the queue with its counts, the log, rules, settings and proposed duplicates. All team-only. */
@Injectable()
export class ModerationQueueService {
  constructor(
    private readonly db: Db,
    private readonly limits: WriteLimits,
    private readonly permissions: ModerationPermissionPolicy,
    private readonly items: ModerationItemsRepository,
    private readonly log: ModerationLogRepository,
    private readonly rules: ModerationRulesRepository,
    private readonly content: ModerationContentRepository,
    private readonly challenges: ChallengesService,
  ) {}

  async queue(
    viewer: Viewer,
    args: { organizationId: unknown; filter?: { states?: ModerationItemState[] | null; challengeId?: string | null; targetType?: ModerationTargetType | null } | null; first?: number | null; after?: string | null },
  ): Promise<Page<ItemRow> & { organizationId: string; challengeId: string | null }> {
    const organizationId = checkId(args.organizationId, 'organizationId');
    await this.permissions.requireTeam(organizationId, viewer);
    const states = args.filter?.states?.length ? [...new Set(args.filter.states)] : OPEN_STATES;
    if (states.some((s) => !Object.values(ModerationItemState).includes(s))) throw PollenError.badInput('filter.states', 'unknown state');
    const filter: QueueFilter = {
      states,
      challengeId: args.filter?.challengeId ? checkId(args.filter.challengeId, 'filter.challengeId') : null,
      targetType: args.filter?.targetType ?? null,
    };
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'moderation-queue', ['timestamp', 'uuid']) as [string, string]) : null;
    const rows = await this.items.page(organizationId, filter, after, limit + 1);
    return { ...toPage(rows, limit, (row) => encodeCursor('moderation-queue', [row.updatedKey, row.id])), organizationId, challengeId: filter.challengeId };
  }

  async counts(organizationId: string, challengeId: string | null): Promise<Record<string, number>> {
    const counts: Record<string, number> = Object.fromEntries(Object.values(ModerationItemState).map((s) => [s, 0]));
    for (const row of await this.items.counts(organizationId, challengeId)) counts[row.state] = row.count;
    return counts;
  }

  async logPage(
    viewer: Viewer,
    args: { organizationId: unknown; targetId?: unknown; search?: unknown; action?: ModerationActionKind | null; first?: number | null; after?: string | null },
  ): Promise<Page<ActionRow>> {
    const organizationId = checkId(args.organizationId, 'organizationId');
    await this.permissions.requireTeam(organizationId, viewer);
    const targetId = args.targetId === undefined || args.targetId === null ? null : checkId(args.targetId, 'targetId');
    const search = cleanOptionalText(args.search, { field: 'search', min: LOG_SEARCH_MIN, max: LOG_SEARCH_MAX }) ?? null;
    const limit = pageSize(args.first);
    const after = args.after ? (decodeCursor(args.after, 'moderation-log', ['number']) as [number]) : null;
    const rows = await this.log.page({ organizationId, targetId, search, action: args.action ?? null, afterPosition: after ? String(after[0]) : null, limit: limit + 1 });
    return toPage(rows, limit, (row) => encodeCursor('moderation-log', [Number(row.position)]));
  }

  async listRules(viewer: Viewer, organizationIdValue: unknown, first?: number | null): Promise<RuleRow[]> {
    const organizationId = checkId(organizationIdValue, 'organizationId');
    const limit = pageSize(first, { default: RULES_PAGE_DEFAULT, max: RULES_PER_ORGANIZATION_MAX });
    await this.permissions.requireTeam(organizationId, viewer);
    return this.rules.list(organizationId, limit);
  }

  /** Counted first against the shared write limits (policy `team`). */
  async addRule(viewer: Viewer, input: { organizationId: unknown; kind: unknown; action: unknown; pattern: unknown }, client: ClientKey): Promise<RuleRow> {
    await this.limits.consume('team', viewer, client);
    return this.addRuleNow(viewer, input);
  }

  @UnitOfWork()
  private async addRuleNow(viewer: Viewer, input: { organizationId: unknown; kind: unknown; action: unknown; pattern: unknown }): Promise<RuleRow> {
    const organizationId = checkId(input.organizationId, 'organizationId');
    const kind = input.kind as RuleKind;
    if (!Object.values(RuleKind).includes(kind)) throw PollenError.badInput('kind', 'must be WORD or LINK');
    const action = input.action as RuleAction;
    if (!Object.values(RuleAction).includes(action)) throw PollenError.badInput('action', 'must be REFUSE or HOLD');
    const pattern = cleanText(input.pattern, { field: 'pattern', min: 2, max: 100 });
    const patternKey = kind === RuleKind.WORD ? normaliseForRules(pattern) : normaliseDomain(pattern);
    if (patternKey.length < 2) throw PollenError.badInput('pattern', 'must hold at least two letters or digits');
    if (kind === RuleKind.LINK && !/^([a-z0-9-]+\.)+[a-z]{2,63}$/u.test(patternKey)) throw PollenError.badInput('pattern', 'must be a domain such as spam.example');
    await this.permissions.requireTeam(organizationId, viewer);
    if ((await this.rules.count(organizationId)) >= RULES_PER_ORGANIZATION_MAX) throw PollenError.limit('rules', `At most ${RULES_PER_ORGANIZATION_MAX} rules per organisation`);
    const rule = await this.rules.insert({ organizationId, kind, action, pattern, patternKey, createdBy: viewer.userId });
    if (!rule) throw PollenError.conflict('This organisation has this rule already', { field: 'pattern', rule: 'DUPLICATE_RULE' });
    return rule;
  }

  /** Counted first against the shared write limits (policy `team`). */
  async removeRule(viewer: Viewer, ruleIdValue: unknown, client: ClientKey): Promise<RuleRow> {
    await this.limits.consume('team', viewer, client);
    return this.removeRuleNow(viewer, ruleIdValue);
  }

  @UnitOfWork()
  private async removeRuleNow(viewer: Viewer, ruleIdValue: unknown): Promise<RuleRow> {
    const ruleId = checkId(ruleIdValue, 'ruleId');
    const rule = await this.rules.find(ruleId);
    if (!rule) throw PollenError.notFound('Rule', ruleId);
    await this.permissions.requireTeam(rule.organizationId, viewer);
    await this.rules.remove(ruleId);
    return rule;
  }

  async settings(viewer: Viewer, challengeIdValue: unknown): Promise<ChallengeSettingsRow> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    await this.permissions.requireTeam(challenge.organizationId, viewer);
    return this.rules.settings(challengeId);
  }

  /** Counted first against the shared write limits (policy `team`). */
  async saveSettings(viewer: Viewer, input: { challengeId: unknown; holdThreshold?: unknown; premoderateIdeas?: unknown; premoderateComments?: unknown }, client: ClientKey): Promise<ChallengeSettingsRow> {
    await this.limits.consume('team', viewer, client);
    return this.saveSettingsNow(viewer, input);
  }

  @UnitOfWork()
  private async saveSettingsNow(viewer: Viewer, input: { challengeId: unknown; holdThreshold?: unknown; premoderateIdeas?: unknown; premoderateComments?: unknown }): Promise<ChallengeSettingsRow> {
    const current = await this.settings(viewer, input.challengeId);
    const holdThreshold = input.holdThreshold ?? current.holdThreshold ?? HOLD_THRESHOLD_DEFAULT;
    if (!Number.isInteger(holdThreshold) || (holdThreshold as number) < 1 || (holdThreshold as number) > 100) throw PollenError.badInput('holdThreshold', 'must be a whole number from 1 to 100');
    for (const field of ['premoderateIdeas', 'premoderateComments'] as const) {
      if (input[field] !== undefined && input[field] !== null && typeof input[field] !== 'boolean') throw PollenError.badInput(field, 'must be true or false');
    }
    const next = {
      challengeId: current.challengeId,
      holdThreshold: holdThreshold as number,
      premoderateIdeas: (input.premoderateIdeas as boolean | null | undefined) ?? current.premoderateIdeas,
      premoderateComments: (input.premoderateComments as boolean | null | undefined) ?? current.premoderateComments,
    };
    await this.rules.saveSettings({ ...next, updatedBy: viewer.userId });
    return next;
  }

  async duplicatePairs(viewer: Viewer, challengeIdValue: unknown, first?: number | null): Promise<Array<{ ideaId: string; otherId: string; similarity: number }>> {
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const challenge = await this.challenges.getVisible(challengeId, viewer);
    await this.permissions.requireTeam(challenge.organizationId, viewer);
    const limit = first ?? DUPLICATE_PAIRS_DEFAULT;
    if (!Number.isInteger(limit) || limit < 1 || limit > DUPLICATE_PAIRS_MAX) throw PollenError.badInput('first', `must be between 1 and ${DUPLICATE_PAIRS_MAX}`);
    return this.content.duplicatePairs(challengeId, DUPLICATE_SIMILARITY_MIN, limit);
  }
}
