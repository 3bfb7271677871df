import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { UserModel } from '@pollen/identity';
import { BoundedList, IDEA_AUTHORS_MAX } from '@pollen/kernel';

export enum IdeaAuthorRole {
  AUTHOR = 'AUTHOR',
  CO_AUTHOR = 'CO_AUTHOR',
}
registerEnumType(IdeaAuthorRole, { name: 'IdeaAuthorRole', description: 'AUTHOR proposed the idea; CO_AUTHORs were invited and accepted' });

@ObjectType('IdeaAuthor')
export class IdeaAuthorModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => IdeaAuthorRole)
  role: IdeaAuthorRole;

  @Field({ description: 'False while the invitation is pending' })
  accepted: boolean;

  @Field(() => Int, { nullable: true, description: 'Share of the idea’s ownership credit, basis points (null while invited)' })
  shareBasisPoints: number | null;
}

@ObjectType('AuthorShare')
export class AuthorShareModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => Int)
  basisPoints: number;
}

@ObjectType('AuthorshipProposal', { description: 'A split of an idea’s credit awaiting the approval of every author' })
export class AuthorshipProposalModel {
  @Field(() => [AuthorShareModel])
  @BoundedList(IDEA_AUTHORS_MAX)
  shares: AuthorShareModel[];

  @Field(() => [UserModel])
  @BoundedList(IDEA_AUTHORS_MAX)
  approvedBy: UserModel[];

  @Field()
  proposedAt: Date;
}

@InputType('AuthorShareInput')
export class AuthorShareInput {
  @Field(() => ID)
  userId: string;

  @Field(() => Float, { description: 'Percent, 0–100, at most 2 decimals' })
  percent: number;
}
