import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { IdeaStatus } from './idea.model';
import { ReviewOrder } from './review-board.model';

@ArgsType()
export class ReviewBoardArgs {
  @Field(() => ID)
  challengeId: string;

  @Field(() => ReviewOrder, { nullable: true, description: 'Default: SCORE' })
  orderBy?: ReviewOrder;

  @Field(() => IdeaStatus, { nullable: true, description: 'Only ideas with this status (default: all)' })
  status?: IdeaStatus;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20)' })
  first?: number;

  @Field(() => String, { nullable: true })
  after?: string;
}
