import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { ContentAction, ModerationActionKind, ModerationItemState, ModerationTargetType, ReportReason, RuleAction, RuleKind } from './moderation.enums';

@InputType()
export class ReportInput {
  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;

  @Field(() => ReportReason)
  reason: ReportReason;

  @Field(() => ID, { nullable: true, description: 'The original idea (DUPLICATE only)' })
  originalIdeaId?: string | null;

  @Field(() => String, { nullable: true, description: 'What is wrong (required for OTHER), 3–1,000 characters' })
  details?: string | null;

  @Field(() => ID, { nullable: true, description: 'Reporting a participant: the challenge where they took part (its brand moderates)' })
  challengeId?: string | null;
}

@InputType()
export class ModerationTargetInput {
  @Field(() => ModerationTargetType)
  targetType: ModerationTargetType;

  @Field(() => ID)
  targetId: string;
}

@InputType()
export class ModerateInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ContentAction)
  action: ContentAction;

  @Field(() => [ModerationTargetInput], { description: '1–100 items, all of the organisation: all are acted on, or none' })
  targets: ModerationTargetInput[];

  @Field({ description: 'Why, 3–2,000 characters; the affected authors are told' })
  reason: string;
}

@InputType()
export class SuspendInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  reason: string;

  @Field(() => Int, { nullable: true, description: 'Days (1–3,650); null: for good' })
  days?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Also hide their ideas and comments in the organisation’s challenges (restored on reinstatement)' })
  hideContent?: boolean | null;
}

@InputType()
export class ReinstateInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;

  @Field()
  reason: string;
}

@InputType()
export class MergeIdeasInput {
  @Field(() => ID, { description: 'The duplicate, merged away' })
  ideaId: string;

  @Field(() => ID, { description: 'The idea kept (same challenge)' })
  intoIdeaId: string;

  @Field()
  reason: string;
}

@InputType()
export class UndoMergeInput {
  @Field(() => ID, { description: 'The MERGE action (moderation log) to undo' })
  actionId: string;

  @Field()
  reason: string;
}

@InputType()
export class AddModerationRuleInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => RuleKind)
  kind: RuleKind;

  @Field(() => RuleAction)
  action: RuleAction;

  @Field({ description: 'A word or phrase (WORD), or a domain (LINK); matched accent- and case-insensitively' })
  pattern: string;
}

@InputType()
export class ChallengeModerationInput {
  @Field(() => ID)
  challengeId: string;

  @Field(() => Int, { nullable: true })
  holdThreshold?: number | null;

  @Field(() => Boolean, { nullable: true })
  premoderateIdeas?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  premoderateComments?: boolean | null;
}

@InputType()
export class ModerationQueueFilter {
  @Field(() => [ModerationItemState], { nullable: true, description: 'Default: REPORTED, HELD and PENDING' })
  states?: ModerationItemState[] | null;

  @Field(() => ID, { nullable: true })
  challengeId?: string | null;

  @Field(() => ModerationTargetType, { nullable: true })
  targetType?: ModerationTargetType | null;
}

@ArgsType()
export class ModerationQueueArgs {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ModerationQueueFilter, { nullable: true })
  filter?: ModerationQueueFilter | null;

  @Field(() => Int, { nullable: true, description: '1–100, default 20' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

@ArgsType()
export class ModerationLogArgs {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID, { nullable: true, description: 'Only the entries about this idea, comment or participant' })
  targetId?: string | null;

  @Field(() => String, { nullable: true, description: 'Only entries whose reason contains this text (3–100 characters; accent- and case-insensitive)' })
  search?: string | null;

  @Field(() => ModerationActionKind, { nullable: true, description: 'Only entries of this action' })
  action?: ModerationActionKind | null;

  @Field(() => Int, { nullable: true })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}
