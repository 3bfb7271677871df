import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PollenError, RequestContext, Viewer, clientKeyOf, requireViewer } from '@pollen/kernel';
import { AuthPayloadModel, RefreshTokenTransport } from './auth-payload.model';
import { AuthResult, AuthService } from './auth.service';
import { CurrentViewer } from './current-viewer.decorator';
import { LoginInput } from './login.input';
import { RegisterInput } from './register.input';
import { SessionCookieService } from './session-cookie.service';
import { UserEntity } from './user.entity';
import { UserModel } from './user.model';
import { UsersRepository } from './users.repository';

const TRANSPORT = {
  type: () => RefreshTokenTransport,
  defaultValue: RefreshTokenTransport.BODY,
  description: 'COOKIE: set the refresh token as an httpOnly cookie instead of answering it (browsers)',
};

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly users: UsersRepository,
    private readonly cookie: SessionCookieService,
  ) {}

  @Mutation(() => AuthPayloadModel)
  async register(
    @Context() ctx: RequestContext,
    @Args('input') input: RegisterInput,
    @Args('refreshTokenIn', TRANSPORT) transport: RefreshTokenTransport,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.auth.register(input, clientKeyOf(ctx.req)), transport);
  }

  @Mutation(() => AuthPayloadModel)
  async login(
    @Context() ctx: RequestContext,
    @Args('input') input: LoginInput,
    @Args('refreshTokenIn', TRANSPORT) transport: RefreshTokenTransport,
  ): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.auth.login(input), transport);
  }

  @Mutation(() => AuthPayloadModel)
  async refreshSession(@Context() ctx: RequestContext, @Args('refreshToken') refreshToken: string): Promise<AuthPayloadModel> {
    return this.signedIn(ctx, await this.auth.refresh(refreshToken), RefreshTokenTransport.BODY);
  }

  @Mutation(() => Boolean, { description: 'Revokes the current session and every refresh token of it, and clears the session cookie' })
  async logout(@Context() ctx: RequestContext, @CurrentViewer() viewer: Viewer | null): Promise<boolean> {
    const done = await this.auth.logout(requireViewer(viewer));
    if (ctx.res) this.cookie.clear(ctx.res);
    return done;
  }

  @Query(() => UserModel)
  async me(@CurrentViewer() viewer: Viewer | null): Promise<UserEntity> {
    const user = await this.users.findById(requireViewer(viewer).userId);
    if (!user) throw PollenError.unauthenticated('This account no longer exists');
    return user;
  }

  /** The rest of this response is answered as the user who just signed in (e.g. their own email). */
  private signedIn(ctx: RequestContext, result: AuthResult, transport: RefreshTokenTransport): AuthPayloadModel {
    ctx.req.user = { userId: result.user.id, sessionId: result.sessionId };
    if (transport === RefreshTokenTransport.BODY) return result;
    if (!ctx.res) throw PollenError.badInput('refreshTokenIn', 'COOKIE needs an HTTP request');
    this.cookie.set(ctx.res, result.refreshToken);
    return { ...result, refreshToken: null };
  }
}
