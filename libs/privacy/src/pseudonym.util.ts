import { createHmac } from 'node:crypto';

/**
 * The id of an AGGREGATE contribution's author: keyed with the server's secret per contribution, so nobody
 * outside can compute it from an account id nor link two contributions. UUID-shaped (clients cache by id),
 * never a real user id. (A PSEUDONYM author is the ledger's one pseudonym: libs/ledger.)
 */
export function pseudonymOf(secret: string, scope: string, subject: string): string {
  const hex = createHmac('sha256', secret).update(`${scope}:${subject}`).digest('hex');
  return asUuid(hex);
}

/** The first 122 bits of a hex digest written as a (version 8) UUID, never a real account id. */
export function asUuid(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
