import { Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { COMMENT_BODY_MAX, Connection, LargeText } from '@pollen/kernel';

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
}

@ObjectType('CommentConnection')
export class CommentConnection extends Connection(CommentModel) {}

@InputType()
export class AddCommentInput {
  @Field(() => ID)
  ideaId: string;

  @Field()
  body: string;

  @Field(() => ID, { nullable: true, description: 'The comment this one replies to (same idea)' })
  parentId?: string | null;
}

@InputType()
export class EditCommentInput {
  @Field(() => ID)
  commentId: string;

  @Field()
  body: string;
}
