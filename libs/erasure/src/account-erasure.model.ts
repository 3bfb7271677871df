import { Field, ObjectType } from '@nestjs/graphql';
import { ErasureCredit } from './erasure.service';

@ObjectType('AccountErasure', { description: 'What an erasure did; the account can no longer sign in' })
export class AccountErasureModel {
  @Field()
  erasedAt: Date;

  @Field({ description: 'The name your contributions now show, e.g. "Participant 7f3a9c2e"' })
  pseudonym: string;

  @Field()
  contentRemoved: boolean;

  @Field(() => ErasureCredit)
  credit: ErasureCredit;
}
