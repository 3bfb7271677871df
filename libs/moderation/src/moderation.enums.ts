import { registerEnumType } from '@nestjs/graphql';

export enum ModerationTargetType {
  IDEA = 'IDEA',
  COMMENT = 'COMMENT',
  USER = 'USER',
}
registerEnumType(ModerationTargetType, { name: 'ModerationTargetType' });

export enum ReportReason {
  SPAM = 'SPAM',
  OFFENSIVE = 'OFFENSIVE',
  OFF_TOPIC = 'OFF_TOPIC',
  DUPLICATE = 'DUPLICATE',
  OTHER = 'OTHER',
}
registerEnumType(ReportReason, { name: 'ReportReason', description: 'DUPLICATE names the original idea; OTHER needs details' });

/** Where an item of the queue stands. */
export enum ModerationItemState {
  REPORTED = 'REPORTED',
  HELD = 'HELD',
  PENDING = 'PENDING',
  FLAGGED = 'FLAGGED',
  HIDDEN = 'HIDDEN',
  RESOLVED = 'RESOLVED',
}
registerEnumType(ModerationItemState, {
  name: 'ModerationItemState',
  description:
    'REPORTED: reports open, content still visible. HELD: held for review (reports in good standing or a hold rule). ' +
    'PENDING: waiting for approval (pre-moderation). FLAGGED: strongly negative content Pollen queued by itself (still visible). HIDDEN: hidden or refused by the team. RESOLVED: nothing left to do.',
});

export enum ModerationActionKind {
  AUTO_HOLD = 'AUTO_HOLD',
  RULE_HOLD = 'RULE_HOLD',
  PREMODERATE = 'PREMODERATE',
  FLAG_NEGATIVE = 'FLAG_NEGATIVE',
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
  SUSPEND = 'SUSPEND',
  REINSTATE = 'REINSTATE',
  MERGE = 'MERGE',
  UNDO_MERGE = 'UNDO_MERGE',
}
registerEnumType(ModerationActionKind, {
  name: 'ModerationActionKind',
  description: 'AUTO_HOLD, RULE_HOLD, PREMODERATE and FLAG_NEGATIVE (queued for a strongly negative tone) are taken by Pollen itself (no actor); the others by the brand team',
});

export enum RuleKind {
  WORD = 'WORD',
  LINK = 'LINK',
}
registerEnumType(RuleKind, { name: 'ModerationRuleKind', description: 'WORD: a word or phrase; LINK: a domain (and its subdomains)' });

export enum RuleAction {
  REFUSE = 'REFUSE',
  HOLD = 'HOLD',
}
registerEnumType(RuleAction, { name: 'ModerationRuleAction', description: 'REFUSE: the write is refused, naming the rule; HOLD: accepted and held for review' });

/** The team's actions on content, as one mutation takes them. */
export enum ContentAction {
  HIDE = 'HIDE',
  RESTORE = 'RESTORE',
  DISMISS = 'DISMISS',
  APPROVE = 'APPROVE',
  REFUSE = 'REFUSE',
}
registerEnumType(ContentAction, {
  name: 'ModerationContentAction',
  description:
    'HIDE: hide a visible or held item. RESTORE: show a hidden or held item again. DISMISS: close its reports, leaving it visible ' +
    '(a held item is restored). APPROVE / REFUSE: a pre-moderated item.',
});
