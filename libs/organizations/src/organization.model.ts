import { Field, ID, ObjectType } from '@nestjs/graphql';
import { UserModel } from '@pollen/identity';
import { OrganizationRole } from './organization-role';

@ObjectType('Organization')
export class OrganizationModel {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field()
  slug: string;

  @Field()
  createdAt: Date;
}

@ObjectType('OrganizationMember')
export class OrganizationMemberModel {
  @Field(() => UserModel)
  user: UserModel;

  @Field(() => OrganizationRole)
  role: OrganizationRole;

  @Field()
  createdAt: Date;
}
