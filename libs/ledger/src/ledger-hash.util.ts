import { createHash } from 'node:crypto';
import { UnsealedEntry } from './ledger-entry';

/** The hash a challenge's first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);
const FORMAT = 'pollen-ledger/1';

/** JSON with object keys sorted at every level: one text per value, whatever the key order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const object = value as Record<string, unknown>;
  return `{${Object.keys(object)
    .filter((key) => object[key] !== undefined)
    .sort()
    .map((key) => `${JSON.stringify(key)}:${canonicalJson(object[key])}`)
    .join(',')}}`;
}

/**
 * The canonical serialisation of an entry at a place in the chain. Every field is in it, in a
 * fixed order; numbers that may exceed 2^53 are decimal strings; time is ISO-8601 to the
 * millisecond (the column keeps milliseconds only, so the text is the same read back).
 */
export function canonicalEntry(entry: UnsealedEntry, seq: bigint): string {
  return JSON.stringify([
    FORMAT,
    entry.challengeId,
    seq.toString(),
    entry.id,
    entry.kind,
    entry.participantId,
    entry.ideaId,
    entry.commentId,
    entry.points.toString(),
    entry.compensates,
    canonicalJson(entry.detail),
    entry.occurredAt.toISOString(),
  ]);
}

/** SHA-256 over the previous hash and the entry: changing, removing or reordering any entry breaks every hash after it. */
export function entryHash(prevHash: string, entry: UnsealedEntry, seq: bigint): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(entry, seq)).digest('hex');
}
