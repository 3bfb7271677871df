import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection, ConnectionShape, JSONObjectScalar } from '@pollen/kernel';

import { ModerationActionKind, ModerationItemState, ModerationTargetType, ReportReason, RuleAction, RuleKind } from './moderation.enums';

@ObjectType('ReportReasonCount')
export class ReasonCountModel {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => Int)
  count: number;
}

@ObjectType('ModerationReport')
export class ReportModel {
  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => String, { nullable: true })
  details: string | null;

  @Field(() => ID, { nullable: true, description: 'The original idea, for a DUPLICATE' })
  originalIdeaId: string | null;

  @Field({ description: 'Whether the reporter counted towards a hold (an established account with accepted content)' })
  inStanding: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType('ModerationItem')
export class ModerationItemModel {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID, { nullable: true })
  challengeId: string | null;

  @Field(() => ModerationItemState)
  state: ModerationItemState;

  @Field(() => Int, { description: 'Distinct participants with open reports on it' })
  reporterCount: number;

  @Field(() => Int, { description: 'Of those, how many are in good standing (they count towards the automatic hold)' })
  standingReporters: number;

  @Field(() => String, { nullable: true, description: 'The word or link rule that held it' })
  rule: string | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('ModerationCounts', { description: 'Items per state (the organisation, or the filter’s challenge)' })
export class ModerationCountsModel {
  @Field(() => Int) REPORTED: number;
  @Field(() => Int) HELD: number;
  @Field(() => Int) PENDING: number;
  @Field(() => Int) FLAGGED: number;
  @Field(() => Int) HIDDEN: number;
  @Field(() => Int) RESOLVED: number;
}

@ObjectType('ModerationQueue')
export class ModerationQueueModel extends Connection(ModerationItemModel) {}
export type QueueShape = ConnectionShape<unknown> & { organizationId: string; challengeId: string | null };

@ObjectType('ModerationAction', { description: 'An entry of the append-only moderation log' })
export class ModerationActionModel {
  @Field(() => ID)
  id: string;

  @Field(() => ModerationActionKind)
  action: ModerationActionKind;

  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ID, { nullable: true })
  challengeId: string | null;

  @Field()
  reason: string;

  @Field(() => JSONObjectScalar, { description: 'What the target was before (visibility, suspension…)' })
  before: Record<string, unknown>;

  @Field(() => JSONObjectScalar, { description: 'What the action changed: visibility, ledger entries cancelled, votes and comments moved…' })
  after: Record<string, unknown>;

  @Field(() => ID, { nullable: true, description: 'The action this one undoes' })
  undoes: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType('ModerationLog')
export class ModerationLogModel extends Connection(ModerationActionModel) {}

@ObjectType('ModerationRule')
export class RuleModel {
  @Field(() => ID)
  id: string;

  @Field(() => RuleKind)
  kind: RuleKind;

  @Field(() => RuleAction)
  action: RuleAction;

  @Field()
  pattern: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ChallengeModerationSettings')
export class SettingsModel {
  @Field(() => ID)
  challengeId: string;

  @Field(() => Int, { description: 'Reporters in good standing that hold content at once' })
  holdThreshold: number;

  @Field({ description: 'New ideas wait for approval' })
  premoderateIdeas: boolean;

  @Field({ description: 'New comments wait for approval' })
  premoderateComments: boolean;
}

@ObjectType('DuplicatePair', { description: 'Two visible ideas of a challenge with alike titles, most alike first' })
export class DuplicatePairModel {
  @Field(() => ID)
  ideaId: string;

  @Field(() => ID)
  otherId: string;

  @Field(() => Float, { description: 'pg_trgm similarity of the accent-folded titles, 0–1' })
  similarity: number;
}

@ObjectType('ReportReceipt')
export class ReportReceiptModel {
  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field()
  reportedAt: Date;
}
