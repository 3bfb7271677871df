import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PollenError, RequestContext, Viewer, clientKeyOf, requireViewer } from '@pollen/kernel';
import { AuthPayloadModel } from './auth-payload.model';
import { AuthResult, AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { LoginInput } from './login.input';
import { RegisterInput } from './register.input';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';
import { UsersRepository } from './users.repository';

/** The rest of this response is answered as the user who just signed in (e.g. their own email). */
function signedIn(ctx: RequestContext, result: AuthResult): AuthResult {
  ctx.req.user = { userId: result.user.id, sessionId: result.sessionId };
  return result;
}

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
  ) {}

  @Mutation(() => AuthPayloadModel)
  async register(@Context() ctx: RequestContext, @Args('input') input: RegisterInput): Promise<AuthPayloadModel> {
    return signedIn(ctx, await this.auth.register(input, clientKeyOf(ctx.req)));
  }

  @Mutation(() => AuthPayloadModel)
  async login(@Context() ctx: RequestContext, @Args('input') input: LoginInput): Promise<AuthPayloadModel> {
    return signedIn(ctx, await this.auth.login(input, clientKeyOf(ctx.req)));
  }

  @Mutation(() => AuthPayloadModel)
  async refreshSession(@Context() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return signedIn(ctx, await this.auth.refresh(refreshToken));
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
