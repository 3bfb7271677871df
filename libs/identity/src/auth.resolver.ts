import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PollenError, Viewer, requireViewer } from '@pollen/kernel';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { LoginInput } from './login.input';
import { RegisterInput } from './register.input';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';
import { UsersRepository } from './users.repository';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
  ) {}

  @Mutation(() => AuthPayloadModel)
  register(@Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    return this.auth.register(input);
  }

  @Mutation(() => AuthPayloadModel)
  login(@Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    return this.auth.login(input);
  }

  @Mutation(() => AuthPayloadModel)
  refreshSession(@Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.auth.refresh(refreshToken);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session and every refresh token of it' })
  logout(@CurrentViewer() viewer: Viewer | null): Promise<boolean> {
    return this.auth.logout(requireViewer(viewer));
  }

  @Query(() => UserModel)
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserEntity> {
    const user = await this.users.findById(requireViewer(viewer).userId);
    if (!user) throw PollenError.unauthenticated('This account no longer exists');
    return user;
  }
}
