import { KeyObject, createSecretKey } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Viewer } from '@pollen/kernel';
import { AccessTokenClaims, viewerOfClaims } from './auth.service';

/**
 * The HS256 key as a KeyObject, made once. Given the string, jsonwebtoken tries it as a PEM key
 * on every sign and verify (createPublicKey throws) before making a secret key of it: that was
 * 9–14% of the API's CPU under the bench's feed and castVote loads (test/bench/README.md).
 */
export function jwtSecretKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret));
}

/** passport-jwt: verifies the Bearer access token (HS256, our secret, expiry) on every request. */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy, 'jwt') {
  constructor(@Inject(POLLEN_CONFIG) config: PollenConfig) {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      // passport-jwt hands the key to jsonwebtoken untouched; its types only know strings and buffers.
      secretOrKey: jwtSecretKey(config.jwtSecret) as unknown as Buffer,
      algorithms: ['HS256'],
      ignoreExpiration: false,
    });
  }

  validate(claims: AccessTokenClaims): Viewer {
    return viewerOfClaims(claims);
  }
}
