import { ArgumentsHost, Catch } from '@nestjs/common';
import { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { ErrorCode, PollenError, publicErrorBody } from '@pollen/kernel';

/** The HTTP status of a domain error answered outside GraphQL. */
export const HTTP_STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PHASE_FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LIMIT_EXCEEDED: 429,
};

/**
 * Domain errors are answers, not failures: hand them to GraphQL (formatError gives them their
 * code) without Nest logging each refused request as a server error. The few plain HTTP
 * endpoints (the cookie session) answer them as `{ error: { code, message, …details } }`.
 */
@Catch(PollenError)
export class PollenErrorFilter implements GqlExceptionFilter {
  catch(error: PollenError, host: ArgumentsHost): PollenError | void {
    if (host.getType() !== 'http') return error;
    const res = host.switchToHttp().getResponse<Response>();
    res.status(HTTP_STATUS[error.code] ?? 400).json({ error: publicErrorBody(error) });
  }
}
