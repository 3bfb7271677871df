import { randomBytes, randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';

/** The JWT secret every API child of a run gets (JWT_SECRET), so the harness can mint tokens. */
export const BENCH_JWT_SECRET = randomBytes(36).toString('base64url');

/**
 * Access tokens signed as libs/identity signs them (HS256, claims `sub` and `sid`, the API's
 * secret). Logging thousands of voters in would measure argon2id and trip the per-email
 * throttle; access tokens are stateless, so a minted one is exactly what a login returns.
 */
export function mintAccessTokens(userIds: string[], secret = BENCH_JWT_SECRET): string[] {
  const jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', expiresIn: 3_600 } });
  return userIds.map((sub) => jwt.sign({ sub, sid: randomUUID() }));
}
