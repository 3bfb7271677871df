import { Field, ID, InputType } from '@nestjs/graphql';
import { OrganizationRole } from './organization-role';

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field({ description: 'Lowercase letters, digits and dashes, 2 to 50 characters; unique' })
  slug: string;
}

@InputType()
export class SetOrganizationMemberRoleInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;
}

@InputType()
export class RemoveOrganizationMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field(() => ID)
  userId: string;
}
