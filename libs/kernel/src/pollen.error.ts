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
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'IDEMPOTENCY_KEY_IN_USE';

export class PollenError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'PollenError';
  }

  static badInput(field: string, message: string): PollenError {
    return new PollenError('BAD_USER_INPUT', `${field}: ${message}`, { field });
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
