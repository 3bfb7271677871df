/**
 * Transport-agnostic domain errors. Services throw these; the GraphQL layer (and later the
 * socket gateway) turns them into `extensions.code` answers. Anything that is not a
 * PollenError reaches a client only as a generic INTERNAL_SERVER_ERROR.
 */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PHASE_FORBIDDEN'
  | 'LIMIT_EXCEEDED'
  | 'SUSPENDED'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_USE';

/** The common input checks a BAD_USER_INPUT names (README, Errors): clients translate these. */
export type InputCheck =
  | {
      check:
        | 'REQUIRED'
        | 'NOT_TEXT'
        | 'NOT_A_LIST'
        | 'CONTROL_CHARACTERS'
        | 'INVISIBLE_CHARACTERS'
        | 'EMAIL'
        | 'PASSWORD_MIX'
        | 'PASSWORD_PERSONAL'
        | 'PASSWORD_REPETITIVE'
        | 'PASSWORD_GUESSABLE'
        | 'TAG_PATTERN'
        | 'PERCENT_RANGE'
        | 'PERCENT_DECIMALS'
        | 'SHARES_AUTHORS'
        | 'SHARES_SUM';
    }
  | { check: 'TOO_SHORT'; min: number }
  | { check: 'TOO_LONG' | 'TOO_MANY'; max: number };

export class PollenError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PollenError';
  }

  /**
   * `check`: which of the common checks refused it, with its bound, for a client to say in its
   * reader's language (`extensions.check`, `min`, `max`); the message says it in English.
   */
  static badInput(field: string, message: string, check?: InputCheck): PollenError {
    return new PollenError('BAD_USER_INPUT', `${field}: ${message}`, { field, ...check });
  }

  static unauthenticated(message = 'You must be signed in to do this'): PollenError {
    return new PollenError('UNAUTHENTICATED', message);
  }

  static forbidden(message: string): PollenError {
    return new PollenError('FORBIDDEN', message);
  }

  static notFound(entity: string, id?: string): PollenError {
    return new PollenError('NOT_FOUND', `${entity} not found`, id ? { entity, id } : { entity });
  }

  static conflict(message: string, details: Record<string, unknown> = {}): PollenError {
    return new PollenError('CONFLICT', message, details);
  }

  /** A write by a participant the organisation suspended: says why and until when (null: for good). */
  static suspended(reason: string, until: Date | null): PollenError {
    const when = until ? `until ${until.toISOString()}` : 'for good';
    return new PollenError('SUSPENDED', `You are suspended from this organisation's challenges ${when}: ${reason}`, {
      reason,
      until: until ? until.toISOString() : null,
    });
  }

  /** A write refused by a rate limit (libs/limits): which policy and scope, and when to retry. */
  static rateLimited(policy: string, scope: string, retryAfterSeconds: number, message: string): PollenError {
    return new PollenError('RATE_LIMITED', message, { policy, scope, retryAfterSeconds });
  }

  static limit(limit: string, message: string): PollenError {
    return new PollenError('LIMIT_EXCEEDED', message, { limit });
  }

  /** Not a refusal: a dependency is away; the same request may succeed after `retryAfterSeconds`. */
  static unavailable(retryAfterSeconds: number): PollenError {
    return new PollenError('SERVICE_UNAVAILABLE', `The service is briefly unavailable; retry in ${retryAfterSeconds} s`, { retryAfterSeconds });
  }
}
