import { createHash } from 'node:crypto';
import { BATCHED_KINDS } from './contribution-kind';
import { UnsealedEntry } from './ledger-entry';

/** The hash a challenge's first entry chains to. */
export const GENESIS_HASH = '0'.repeat(64);
export const LEDGER_FORMAT = 'pollen-ledger/2';

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

/** The time an entry shows and hashes: none for batched kinds (votes, licence acceptances), whose order and time say nothing. */
export function publicTime(entry: Pick<UnsealedEntry, 'kind' | 'occurredAt'>): Date | null {
  return BATCHED_KINDS.has(entry.kind) ? null : entry.occurredAt;
}

/**
 * The canonical serialisation of an entry at a place in the chain. Every field is in it, in a
 * fixed order; numbers that may exceed 2^53 are decimal strings; time is ISO-8601 to the
 * millisecond (the column keeps milliseconds only, so the text is the same read back), null for
 * batched kinds. The participant is the entry's party: an account, or a voter pseudonym.
 */
export function canonicalEntry(entry: UnsealedEntry, seq: bigint): string {
  return JSON.stringify([
    LEDGER_FORMAT,
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
    publicTime(entry)?.toISOString() ?? null,
  ]);
}

/** SHA-256 over the previous hash and the entry: changing, removing or reordering any entry breaks every hash after it. */
export function entryHash(prevHash: string, entry: UnsealedEntry, seq: bigint): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalEntry(entry, seq)).digest('hex');
}
