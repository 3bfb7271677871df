import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { POLLEN_CONFIG } from '@pollen/config';
import { LimitsModule } from '@pollen/limits';
import { AuthResolver } from './auth.resolver';
import { AuthService } from './auth.service';
import { jwtModuleOptions } from './access-token.policy';
import { JwtStrategy } from './jwt.strategy';
import { PasswordHasher } from './password.hasher';
import { SessionStates } from './session-states.service';
import { SessionCookieService } from './session-cookie.service';
import { SessionController } from './session.controller';
import { SessionsRepository } from './sessions.repository';
import { SignInLimits } from './sign-in-limits.service';
import { UserFieldResolver } from './user.field-resolver';
import { UserEntity } from './user.entity';
import { UsersLoader } from './users.loader';
import { UsersRepository } from './users.repository';
import { ViewerGuard } from './viewer.guard';

/** Users, credentials, sessions and tokens. Imports nothing but kernel, config, database and events. */
@Module({
  imports: [
    LimitsModule,
    PassportModule,
    TypeOrmModule.forFeature([UserEntity]),
    JwtModule.registerAsync({
      inject: [POLLEN_CONFIG],
      useFactory: jwtModuleOptions,
    }),
  ],
  controllers: [SessionController],
  providers: [
    AuthService,
    AuthResolver,
    JwtStrategy,
    PasswordHasher,
    SessionStates,
    SignInLimits,
    SessionCookieService,
    SessionsRepository,
    UserFieldResolver,
    UsersLoader,
    UsersRepository,
    ViewerGuard,
  ],
  exports: [AuthService, PasswordHasher, SessionCookieService, UsersLoader, UsersRepository, ViewerGuard],
})
export class IdentityModule {}
