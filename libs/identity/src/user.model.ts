import { Field, ID, ObjectType } from '@nestjs/graphql';

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  /** Visible to the user themself only; null for everyone else. */
  @Field(() => String, { nullable: true })
  email: string | null;

  @Field()
  createdAt: Date;
}
