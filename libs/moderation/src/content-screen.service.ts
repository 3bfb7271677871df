import { Injectable } from '@nestjs/common';
import { ContentScreen, PollenError, ScreenRequest, ScreenVerdict, ScreenedKind, Viewer, Visibility } from '@pollen/kernel';
import { ModerationContentRepository } from './moderation-content.repository';
import { ModerationPermissionPolicy } from './moderation-permission.policy';
import { ModerationRulesRepository } from './moderation-rules.repository';
import { ModerationStateService } from './moderation-state.service';
import { ModerationActionKind, RuleAction } from './moderation.enums';
import { firstMatch } from './text-rules.util';

/**
 * What ideas and comments ask before they write new text (libs/kernel/src/content-screen.ts):
 * the organisation's refuse rules (the write is refused, naming the field and the rule), its hold
 * rules (accepted, held for review, the author told which rule), and the challenge's
 * pre-moderation (new content waits for approval). One round trip reads rules and settings.
 */
@Injectable()
export class ContentScreenService implements ContentScreen {
  constructor(
    private readonly rules: ModerationRulesRepository,
    private readonly content: ModerationContentRepository,
    private readonly state: ModerationStateService,
    private readonly permissions: ModerationPermissionPolicy,
  ) {}

  async screen(viewer: Viewer, request: ScreenRequest): Promise<ScreenVerdict> {
    const { rules, settings } = await this.rules.forScreening(request.organizationId, request.challengeId);
    const match = firstMatch(rules, request.texts);
    if (match?.rule.action === RuleAction.REFUSE) {
      throw new PollenError('BAD_USER_INPUT', `${match.field}: contains "${match.rule.pattern}", which this organisation does not accept`, {
        field: match.field,
        rule: { id: match.rule.id, kind: match.rule.kind, action: match.rule.action, pattern: match.rule.pattern },
      });
    }
    if (match) return { visibility: Visibility.HELD, reason: `Held for review: contains "${match.rule.pattern}" (${match.rule.kind.toLowerCase()} rule)`, ruleId: match.rule.id };
    const premoderated = request.kind === 'IDEA' ? settings.premoderateIdeas : settings.premoderateComments;
    // The brand's own team is not pre-moderated (its rules still apply to it).
    if (premoderated && !request.revision && !(await this.permissions.isTeam(request.organizationId, viewer))) return { visibility: Visibility.PENDING, reason: 'Waiting for approval: this challenge reviews new content first', ruleId: null };
    return { visibility: Visibility.VISIBLE, reason: null, ruleId: null };
  }

  async admitted(
    verdict: ScreenVerdict,
    target: { kind: ScreenedKind; id: string; challengeId: string; organizationId: string; authorId: string },
  ): Promise<void> {
    if (verdict.visibility === Visibility.VISIBLE) return;
    const change = {
      actorId: null,
      action: verdict.ruleId ? ModerationActionKind.RULE_HOLD : ModerationActionKind.PREMODERATE,
      reason: verdict.reason!,
      rule: verdict.ruleId ? verdict.reason : null,
      after: verdict.ruleId ? { ruleId: verdict.ruleId } : {},
    };
    // New content was written with its verdict already (nothing to count or cancel: `before.new`);
    // a revision moves visible content to HELD here.
    if (target.kind === 'IDEA') {
      const [idea] = await this.content.ideas([target.id], true);
      await this.state.idea(idea, verdict.visibility, { ...change, before: { new: idea.visibility === verdict.visibility } });
    } else {
      const [comment] = await this.content.comments([target.id], true);
      await this.state.comment(comment, verdict.visibility, { ...change, before: { new: comment.visibility === verdict.visibility } });
    }
  }
}
