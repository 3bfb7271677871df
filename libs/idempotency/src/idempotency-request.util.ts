import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';
import { DocumentNode, Kind, OperationDefinitionNode, parse, print } from 'graphql';
import { PollenError } from '@pollen/kernel';

/** The HTTP header (as Stripe's API and the IETF httpapi draft name it). */
export const IDEMPOTENCY_HEADER = 'idempotency-key';
export const IDEMPOTENCY_KEY_MAX = 255;
/** How long a key's first answer is kept and given again. */
export const IDEMPOTENCY_TTL_HOURS = 24;
/** The largest answer kept for a key (a mutation's answer is small; select less to use a key). */
export const IDEMPOTENT_ANSWER_MAX_BYTES = 64 * 1024;

/**
 * The key as sent: a token of visible ASCII, or the draft's Structured Field string (in double
 * quotes). A UUID v4 per logical request is what clients should send.
 */
export function parseIdempotencyKey(header: string | string[]): string {
  const raw = Array.isArray(header) ? header.join(', ') : header;
  const value = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
  if (value.length < 1 || value.length > IDEMPOTENCY_KEY_MAX || !/^[\x21-\x7e]+$/.test(value)) {
    throw PollenError.badInput('Idempotency-Key', `must be 1 to ${IDEMPOTENCY_KEY_MAX} visible ASCII characters, one header (a UUID is best)`);
  }
  return value;
}

export interface GraphQLBody {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

/** The operation a request runs, when it is a mutation Pollen can fingerprint; null otherwise (the key does not apply). */
export function mutationOf(body: unknown): { document: DocumentNode; operationName: string | null } | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const { query, operationName } = body as GraphQLBody;
  if (typeof query !== 'string') return null;
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch {
    return null; // Apollo answers the syntax error itself
  }
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const name = typeof operationName === 'string' ? operationName : null;
  const chosen = name === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((op) => op.name?.value === name);
  return chosen?.operation === 'mutation' ? { document, operationName: name } : null;
}

/** JSON with object keys sorted, so the same variables always give the same bytes. */
function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null);
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  const entries = Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`);
  return `{${entries.join(',')}}`;
}

const sha256 = (...parts: string[]) => createHash('sha256').update(parts.join('\n')).digest();

/** Where a key lives: keys are per caller (the signed-in user, or everyone anonymous). */
export function lookupOf(scope: string, key: string): Buffer {
  return sha256('pollen-idempotency/1', scope, key);
}

/** What makes two requests "the same": the operation (printed, so layout does not count), its name and its variables. */
export function fingerprintOf(mutation: { document: DocumentNode; operationName: string | null }, variables: unknown): Buffer {
  return sha256(print(mutation.document), mutation.operationName ?? '', canonical(variables ?? {}));
}

/**
 * The answer is sealed (AES-256-GCM) under a key derived from the client's idempotency key, the
 * request's fingerprint and the server secret: the table alone gives nothing away (a `login`
 * answer holds session tokens), and only the same request with the same key opens it.
 */
function sealingKey(key: string, fingerprint: Buffer, secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(key), Buffer.from(secret), fingerprint, 32));
}

export function seal(answer: string, key: string, fingerprint: Buffer, secret: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(key, fingerprint, secret), iv);
  const body = Buffer.concat([cipher.update(answer, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]);
}

/** The answer, or null when it cannot be opened (the server secret changed since). */
export function open(sealed: Buffer, key: string, fingerprint: Buffer, secret: string): string | null {
  try {
    const decipher = createDecipheriv('aes-256-gcm', sealingKey(key, fingerprint, secret), sealed.subarray(0, 12));
    decipher.setAuthTag(sealed.subarray(12, 28));
    return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
