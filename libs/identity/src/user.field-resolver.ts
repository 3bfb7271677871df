import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Viewer } from '@pollen/kernel';
import { CurrentViewer } from './current-viewer.decorator';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';

@Resolver(() => UserModel)
export class UserFieldResolver {
  @ResolveField(() => String, { nullable: true })
  email(@Parent() user: UserEntity, @CurrentViewer() viewer: Viewer | null): string | null {
    return viewer?.userId === user.id ? user.email : null;
  }
}
