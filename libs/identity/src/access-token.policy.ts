import { KeyObject, createSecretKey } from 'node:crypto';
import type { JwtModuleOptions } from '@nestjs/jwt';
import type { PollenConfig } from '@pollen/config';

/**
 * One verification of access tokens for HTTP (passport-jwt) and the socket handshake (JwtService):
 * HS256 only (a token signed with HS384/HS512 or `none` under the same secret is refused), expiry
 * enforced, no clock tolerance.
 */
export const ACCESS_TOKEN_ALGORITHM = 'HS256';
export const ACCESS_TOKEN_VERIFY = { algorithms: [ACCESS_TOKEN_ALGORITHM], ignoreExpiration: false, clockTolerance: 0 } as const;

/**
 * The HS256 key as a KeyObject, made once. Given the string, jsonwebtoken tries it as a PEM key
 * on every sign and verify (createPublicKey throws) before making a secret key of it: that was
 * 9–14% of the API's CPU under the bench's feed and castVote loads (test/bench/README.md).
 */
export function jwtSecretKey(secret: string): KeyObject {
  return createSecretKey(Buffer.from(secret));
}

/** JwtModule's options: signing and verifying with the same pinned algorithm. */
export function jwtModuleOptions(config: PollenConfig): JwtModuleOptions {
  const key = jwtSecretKey(config.jwtSecret);
  return {
    secretOrKeyProvider: () => key,
    signOptions: { algorithm: ACCESS_TOKEN_ALGORITHM },
    verifyOptions: { ...ACCESS_TOKEN_VERIFY, algorithms: [...ACCESS_TOKEN_VERIFY.algorithms] },
  };
}
