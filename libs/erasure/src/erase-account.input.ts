import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { ErasureCredit } from './erasure.service';

registerEnumType(ErasureCredit, {
  name: 'ErasureCredit',
  description: 'KEEP: your credit stays yours, paid to the contact you give; FORFEIT: it is shared among the others by the ledger’s rules',
});

@InputType('EraseAccountInput')
export class EraseAccountInput {
  @Field({ description: 'Your password again: erasure is final' })
  password: string;

  @Field({ description: 'Also replace your ideas, revisions, comments and report details by a tombstone' })
  removeContent: boolean;

  @Field(() => ErasureCredit)
  credit: ErasureCredit;

  @Field(() => String, { nullable: true, description: 'With KEEP: where a payout should go (an IBAN, an address…), kept apart, 3 to 200 characters' })
  payoutContact?: string | null;
}
