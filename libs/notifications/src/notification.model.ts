import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { IdeaStatus } from '@pollen/ideas';
import { Connection } from '@pollen/kernel';
import { NotificationKind } from './notification-kind';

/**
 * A notification as its recipient reads it (GraphQL) and receives it live (the `notification`
 * socket event carries the same fields): the stored row, its links resolved when read.
 */
@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;

  @Field(() => Date, { nullable: true })
  readAt: Date | null;

  @Field(() => ID, { nullable: true, description: 'COMMENT_REPLY: one’s comment that was replied to' })
  parentCommentId: string | null;

  @Field(() => ID, { nullable: true, description: 'IDEA_BUILT_UPON: one’s idea that was built upon (`idea` is the new one)' })
  builtUponIdeaId: string | null;

  @Field(() => IdeaStatus, { nullable: true, description: 'IDEA_DECIDED: the status before' })
  decisionFrom: IdeaStatus | null;

  @Field(() => IdeaStatus, { nullable: true, description: 'IDEA_DECIDED: the status decided' })
  decisionTo: IdeaStatus | null;

  @Field(() => String, { nullable: true, description: 'IDEA_DECIDED: the team’s reason' })
  decisionReason: string | null;

  @Field(() => Boolean, { nullable: true, description: 'CO_AUTHOR_ANSWERED: whether the invitation was accepted' })
  accepted: boolean | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends Connection(NotificationModel) {}

@ObjectType('MarkNotificationsReadResult')
export class MarkNotificationsReadResultModel {
  @Field(() => Int, { description: 'How many were unread and are now read' })
  marked: number;

  @Field(() => Int)
  unreadCount: number;
}
