import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { COMMENT_BODY_MAX, Connection, LargeText, Visibility } from '@pollen/kernel';

/** A commenter's stance on the idea, shown beside the comment's sentiment. */
export enum CommentStance {
  FOR = 'FOR',
  NEUTRAL = 'NEUTRAL',
  AGAINST = 'AGAINST',
}
registerEnumType(CommentStance, { name: 'CommentStance', description: 'The commenter’s own stance on the idea' });

@ObjectType('Comment')
export class CommentModel {
  @Field(() => ID)
  id: string;

  @Field(() => String, { nullable: true, description: 'null once the comment is deleted; it keeps its place in the thread' })
  @LargeText(COMMENT_BODY_MAX)
  body: string | null;

  @Field()
  deleted: boolean;

  @Field(() => ID, { nullable: true })
  parentId: string | null;

  @Field(() => Int)
  replyCount: number;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  editedAt: Date | null;

  @Field({ description: 'Marked helpful by the idea’s author or the brand team (earns ownership credit)' })
  helpful: boolean;

  @Field(() => CommentStance, { nullable: true, description: 'FOR, NEUTRAL or AGAINST the idea, as the commenter stated it (null: not stated)' })
  stance: CommentStance | null;

  @Field(() => Visibility, {
    name: 'moderationState',
    description: 'VISIBLE for everyone; PENDING, HELD, HIDDEN or REFUSED are seen by the comment’s author (as held for review) and the brand team only',
  })
  visibility: Visibility;
}

@ObjectType('CommentConnection')
export class CommentConnection extends Connection(CommentModel) {
  @Field(() => Int, {
    nullable: true,
    description:
      'An idea’s first page of comments: the last sequence of the challenge’s event stream, read with the comments (same snapshot), for a live client to catch up from. Null for later pages and replies',
  })
  eventSequence?: number | null;
}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (same idea)' })
  parentId?: string | null;

  @Field(() => CommentStance, { nullable: true, description: 'Your stance on the idea' })
  stance?: CommentStance | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  commentId: string;

  @Field()
  body: string;

  @Field(() => CommentStance, { nullable: true, description: 'Changes your stance on the idea (omitted: unchanged)' })
  stance?: CommentStance | null;
}
