import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentViewer } from '@pollen/identity';
import { ClientKey, Viewer, requireViewer } from '@pollen/kernel';
import { CurrentClient } from '@pollen/limits';
import { AccountErasureModel } from './account-erasure.model';
import { EraseAccountInput } from './erase-account.input';
import { ErasureService } from './erasure.service';

@Resolver()
export class ErasureResolver {
  constructor(private readonly erasure: ErasureService) {}

  @Mutation(() => AccountErasureModel, { description: 'Erases your account, for good (your password again); see the README’s Privacy section' })
  eraseAccount(@CurrentViewer() viewer: Viewer | null, @CurrentClient() client: ClientKey, @Args('input') input: EraseAccountInput): Promise<AccountErasureModel> {
    return this.erasure.erase(requireViewer(viewer), input, client);
  }
}
