import { randomBytes } from 'node:crypto';
import type { GqlResult, TestApp } from '../../setup/test-app';

/**
 * Requests as they come from a given client address: the security specs run the API with
 * TRUST_PROXY=loopback, so X-Forwarded-For from the test process is the client's address, as a
 * load balancer in front of Pollen would send it.
 */
export async function gqlFrom(
  t: Pick<TestApp, 'url'>,
  address: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResult> {
  const res = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address, ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  return { status: res.status, data: body.data, errors: body.errors };
}

/** The environment of a security spec's server: limits as in production, client addresses from X-Forwarded-For. */
export const SECURITY_ENV = { RATE_LIMIT_SCALE: '1', TRUST_PROXY: 'loopback' };

let addresses = 0;
/** A client address of its own (TEST-NET-2, 198.51.100.0/24, and beyond: never a real client). */
export function freshAddress(): string {
  addresses++;
  return `198.51.${100 + Math.floor(addresses / 250)}.${(addresses % 250) + 1}`;
}

export interface Account {
  token: string;
  refreshToken: string;
  id: string;
  email: string;
  password: string;
  address: string;
}

/** Registers an account from an address of its own (or `address`), as a person on their own connection does. */
export async function account(t: Pick<TestApp, 'url'>, address = freshAddress(), password = 'Correct-Horse-42-Battery'): Promise<Account> {
  const email = `sec-${randomBytes(5).toString('hex')}@example.test`;
  const res = await gqlFrom(t, address, `mutation($i: RegisterInput!) { register(input: $i) { accessToken refreshToken user { id } } }`, {
    i: { email, password, displayName: `Person ${email.slice(4, 9)}` },
  });
  if (res.errors) throw new Error(`register failed: ${JSON.stringify(res.errors)}`);
  return { token: res.data.register.accessToken, refreshToken: res.data.register.refreshToken, id: res.data.register.user.id, email, password, address };
}

/** The error of a refused request (exactly one), for expectations on its code and extensions. */
export function refusal(res: GqlResult): { message: string; extensions: Record<string, unknown> } {
  expect(res.errors).toHaveLength(1);
  return res.errors[0];
}
