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
export class AddOrganizationMemberInput {
  @Field(() => ID)
  organizationId: string;

  @Field({ description: 'Email of a registered user' })
  email: string;

  @Field(() => OrganizationRole)
  role: OrganizationRole;
}
