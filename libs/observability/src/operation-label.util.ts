/**
 * Metric labels a client cannot inflate. An operation name is whatever a client writes after
 * `query`, so each distinct name would be a time series of its own: the first
 * MAX_OPERATION_LABELS well-formed names this process sees keep theirs; later ones, and every
 * unnamed, malformed or unparsable operation, are folded into a few fixed labels.
 */
export const MAX_OPERATION_LABELS = 200;
export const ANONYMOUS_OPERATION = '(anonymous)';
export const OTHER_OPERATION = '(other)';
export const INVALID_OPERATION = '(invalid)';
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export class OperationLabels {
  private readonly known = new Set<string>();

  constructor(private readonly max = MAX_OPERATION_LABELS) {}

  /** `undefined`: the request never reached a resolved operation (parse or validation failure). */
  label(name: string | null | undefined): string {
    if (name === undefined) return INVALID_OPERATION;
    if (name === null || name === '') return ANONYMOUS_OPERATION;
    if (!NAME.test(name)) return INVALID_OPERATION;
    if (this.known.has(name)) return name;
    if (this.known.size >= this.max) return OTHER_OPERATION;
    this.known.add(name);
    return name;
  }
}

/** Error codes as labels: the API's own vocabulary, anything else counted as OTHER. */
const CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'PHASE_FORBIDDEN',
  'LIMIT_EXCEEDED',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
  'IDEMPOTENCY_KEY_REUSED',
  'IDEMPOTENCY_KEY_IN_USE',
  'INTERNAL_SERVER_ERROR',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
]);

export function errorCodeLabel(code: unknown): string {
  return typeof code === 'string' && CODES.has(code) ? code : 'OTHER';
}

/** HTTP routes as labels: a few fixed prefixes, never the path a client typed. */
export function routeLabel(path: string): string {
  for (const prefix of ['/graphql', '/health', '/metrics', '/socket.io']) {
    if (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`)) return prefix;
  }
  return 'other';
}

/** An operation name fit for a log line: a well-formed name as it is, anything else folded. */
export function loggedOperationName(name: string | null | undefined): string {
  if (name === undefined) return INVALID_OPERATION;
  if (name === null || name === '') return ANONYMOUS_OPERATION;
  return NAME.test(name) ? name : INVALID_OPERATION;
}
