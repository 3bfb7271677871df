import { randomBytes } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { Client } from 'pg';

/** The JWT secret every API child of a run gets (JWT_SECRET), so the harness can mint tokens. */
export const BENCH_JWT_SECRET = randomBytes(36).toString('base64url');

/**
 * Access tokens signed as libs/identity signs them (HS256, claims `sub` and `sid`, the API's
 * secret), each naming a session opened for it in `databaseUrl` (the API checks that a token's
 * session is open). Logging thousands of voters in would measure argon2id and trip the sign-in
 * limits; a minted token on an open session is exactly what a login returns.
 */
export async function mintAccessTokens(databaseUrl: string, userIds: string[], secret = BENCH_JWT_SECRET): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string; user_id: string }>(
      `INSERT INTO auth_session (user_id) SELECT * FROM unnest($1::uuid[]) RETURNING id, user_id`,
      [userIds],
    );
    const sessions = new Map(rows.map((row) => [row.user_id, row.id]));
    const jwt = new JwtService({ secret, signOptions: { algorithm: 'HS256', expiresIn: 3_600 } });
    return userIds.map((sub) => jwt.sign({ sub, sid: sessions.get(sub) }));
  } finally {
    await client.end();
  }
}
