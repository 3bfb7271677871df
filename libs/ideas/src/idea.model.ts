import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BoundedList, Connection, IDEA_BODY_MAX, LargeText, TAGS_MAX, Visibility } from '@pollen/kernel';

export enum IdeaStatus {
  OPEN = 'OPEN',
  SHORTLISTED = 'SHORTLISTED',
  ADOPTED = 'ADOPTED',
  REJECTED = 'REJECTED',
}
registerEnumType(IdeaStatus, { name: 'IdeaStatus' });

registerEnumType(Visibility, {
  name: 'ModerationState',
  description:
    'VISIBLE: seen by everyone. PENDING (waiting for approval), HELD (held for review), HIDDEN and REFUSED: seen only by the ' +
    'content’s authors and the brand team. MERGED (ideas): merged into another idea (mergedIntoId), its page still answers.',
});

export enum IdeaOrder {
  NEW = 'NEW',
  TOP = 'TOP',
  HOT = 'HOT',
  RELEVANCE = 'RELEVANCE',
}
registerEnumType(IdeaOrder, {
  name: 'IdeaOrder',
  description:
    'NEW: newest first. TOP: highest score (upvotes − downvotes). HOT: score decayed by age, ' +
    'sign(s)·log10(max(|s|,1)) + epoch(createdAt)/45000 — ten times the votes are worth 12.5 hours of freshness. ' +
    'RELEVANCE: best text match first (only with `search`).',
});

@ObjectType('Idea')
export class IdeaModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  @LargeText(IDEA_BODY_MAX)
  body: string;

  @Field(() => [String])
  @BoundedList(TAGS_MAX)
  tags: string[];

  @Field(() => IdeaStatus)
  status: IdeaStatus;

  @Field(() => Visibility, { name: 'moderationState', description: 'Where the idea stands in moderation; its authors see their held ideas as HELD' })
  visibility: Visibility;

  @Field(() => ID, { name: 'mergedIntoId', nullable: true, description: 'The idea this one was merged into, as a duplicate (its votes, comments and authors went there)' })
  mergedInto: string | null;

  @Field(() => Int, { description: 'Current revision number; 1 for an idea never revised' })
  revision: number;

  @Field(() => Int, { description: 'upvotes − downvotes, exact' })
  score: number;

  @Field(() => Int)
  upvotes: number;

  @Field(() => Int)
  downvotes: number;

  @Field(() => Int)
  commentCount: number;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType('IdeaConnection')
export class IdeaConnection extends Connection(IdeaModel) {
  @Field(() => Int, {
    nullable: true,
    description:
      'A challenge’s feed: the last sequence of the challenge’s event stream when the page was read (its ideas are read after it), for a live client to catch up from. Null for lists across challenges',
  })
  eventSequence?: number | null;
}

@ObjectType('IdeaRevision')
export class IdeaRevisionModel {
  @Field(() => Int)
  revision: number;

  @Field()
  title: string;

  @Field()
  @LargeText(IDEA_BODY_MAX)
  body: string;

  @Field(() => [String])
  @BoundedList(TAGS_MAX)
  tags: string[];

  @Field()
  createdAt: Date;
}

@ObjectType('IdeaDecision', { description: 'A decision of the brand team on an idea' })
export class IdeaDecisionModel {
  @Field(() => ID)
  id: string;

  @Field(() => IdeaStatus)
  from: IdeaStatus;

  @Field(() => IdeaStatus)
  to: IdeaStatus;

  @Field()
  reason: string;

  @Field()
  decidedAt: Date;
}
