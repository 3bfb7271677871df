import { createHmac } from 'node:crypto';

/**
 * Names that hide a participant. Keyed with the server's secret: nobody outside can compute a
 * participant's pseudonym from their id, nor link two pseudonyms. The id is a UUID-shaped value
 * (clients cache by id), never a real user id.
 */
export function pseudonymOf(secret: string, scope: string, subject: string): { id: string; tag: string } {
  const hex = createHmac('sha256', secret).update(`${scope}:${subject}`).digest('hex');
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  return { id, tag: hex.slice(0, 4) };
}
