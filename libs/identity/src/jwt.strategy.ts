import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Viewer } from '@pollen/kernel';
import { ACCESS_TOKEN_VERIFY, jwtSecretKey } from './access-token.policy';
import { AccessTokenClaims, viewerOfClaims } from './auth.service';

/**
 * passport-jwt: verifies the Bearer access token on every request, as the socket handshake does
 * (ACCESS_TOKEN_VERIFY). The session is checked by ViewerGuard: passport keeps one strategy per
 * name for the whole process, so the strategy must not hold an application's services.
 */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(POLLEN_CONFIG) config: PollenConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken untouched; its types only know strings and buffers.
      secretOrKey: jwtSecretKey(config.jwtSecret) as unknown as Buffer,
      algorithms: [...ACCESS_TOKEN_VERIFY.algorithms],
      ignoreExpiration: ACCESS_TOKEN_VERIFY.ignoreExpiration,
      jsonWebTokenOptions: { clockTolerance: ACCESS_TOKEN_VERIFY.clockTolerance },
    });
  }

  validate(claims: AccessTokenClaims): Viewer {
    return viewerOfClaims(claims);
  }
}
