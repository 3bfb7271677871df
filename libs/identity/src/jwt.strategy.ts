import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Viewer } from '@pollen/kernel';
import { AccessTokenClaims } from './auth.service';

/** passport-jwt: verifies the Bearer access token (HS256, our secret, expiry) on every request. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(POLLEN_CONFIG) config: PollenConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: config.jwtSecret,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Viewer {
    return { userId: claims.sub, sessionId: claims.sid };
  }
}
