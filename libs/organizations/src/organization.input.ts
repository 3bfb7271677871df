import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class CreateOrganizationInput {
  @Field()
  name: string;

  @Field({ description: 'Lowercase letters, digits and dashes, 2 to 50 characters; unique' })
  slug: string;
}
