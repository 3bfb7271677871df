import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Params } from 'nestjs-pino';
import { stdTimeFunctions } from 'pino';
import type { PollenConfig } from '@pollen/config';
import { REQUEST_ID_HEADER, requestIdFrom } from '@pollen/kernel';

/** Nest's level names → pino's. */
const LEVELS: Record<PollenConfig['logLevel'], string> = { error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' };

/**
 * Defence in depth: nothing below is ever put in a log line on purpose (requests are logged as
 * method, path and status; errors as type, code and message; SQL without its parameters), but a
 * field added carelessly later under one of these names is censored.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  '*.password',
  '*.token',
  '*.accessToken',
  '*.refreshToken',
  '*.email',
  '*.variables',
  '*.body',
  '*.parameters',
  'password',
  'token',
  'accessToken',
  'refreshToken',
  'email',
  'variables',
  'body',
  'parameters',
];

/** What a GraphQL request learned about itself, for the request's log line (set by the telemetry plugin). */
export interface OperationNote {
  pollenOperation?: { name: string; type: string; errors: string[] };
}

type Req = IncomingMessage & OperationNote;

function pathOf(url: string | undefined): string {
  // The path only: a query string may carry anything a client put there.
  const path = (url ?? '').split('?')[0];
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

const QUIET = /^\/(health|metrics)(\/|$)/;

/**
 * pino through nestjs-pino: one JSON object a line (pino-pretty in development), a request id per
 * HTTP request (a well-formed `X-Request-Id` is kept, otherwise one is made; echoed back), bound
 * to every line logged while serving it; one line per request with its GraphQL operation.
 */
export function loggerParams(config: PollenConfig): Params {
  return {
    pinoHttp: {
      level: LEVELS[config.logLevel],
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      transport:
        config.logFormat === 'pretty'
          ? { target: 'pino-pretty', options: { singleLine: true, translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } }
          : undefined,
      genReqId: (req: IncomingMessage, res: ServerResponse) => {
        const id = typeof req.id === 'string' ? req.id : requestIdFrom(req.headers[REQUEST_ID_HEADER]);
        res.setHeader('X-Request-Id', id);
        return id;
      },
      // Lines logged while serving a request carry its id only, not the request.
      quietReqLogger: true,
      serializers: {
        req: (req: { method?: string; url?: string }) => ({ method: req.method, path: pathOf(req.url) }),
        res: (res: { statusCode?: number }) => ({ status: res.statusCode }),
        err: (err: Error & { code?: unknown }) => ({
          type: err.name,
          ...(typeof err.code === 'string' ? { code: err.code } : {}),
          message: err.message,
          stack: err.stack,
        }),
      },
      autoLogging: { ignore: (req: IncomingMessage) => QUIET.test(req.url ?? '') },
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      customSuccessMessage: (req, res) => {
        const op = (req as Req).pollenOperation;
        return op ? `graphql ${op.type} ${op.name}` : `${req.method} ${pathOf(req.url)} ${res.statusCode}`;
      },
      customSuccessObject: (req, _res, value: object) => {
        const op = (req as Req).pollenOperation;
        return op ? { ...value, operation: op.name, operationType: op.type, ...(op.errors.length ? { errorCodes: op.errors } : {}) } : value;
      },
    },
  };
}
