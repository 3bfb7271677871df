import { PollenError } from './pollen.error';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs; anything else is answered as bad input naming the field, never as SQL error. */
export function checkId(value: unknown, field: string): string {
  if (typeof value !== 'string' || !UUID.test(value)) throw PollenError.badInput(field, 'must be a valid id');
  return value.toLowerCase();
}
