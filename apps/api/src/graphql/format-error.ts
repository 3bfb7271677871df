import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Logger } from '@nestjs/common';
import { publicError, publicErrorBody } from '@pollen/kernel';

const logger = new Logger('GraphQL');

// Codes Apollo and graphql-js produce themselves for malformed requests; their messages are safe.
const SAFE_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  'LIMIT_EXCEEDED',
]);

/**
 * The only way an error leaves the API: domain errors keep their code, message and details; a
 * lost database or Redis is SERVICE_UNAVAILABLE with `retryAfterSeconds` (never NOT_FOUND or
 * INTERNAL_SERVER_ERROR: a client must know to retry); malformed requests keep Apollo's message;
 * anything else is logged and answered generically, so no stack trace or SQL text reaches a client.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown, hideSuggestions = false): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  const answer = publicError(original);
  if (answer) {
    if (answer !== original) logger.warn(`answered ${answer.code}: ${(original as Error).message}`);
    const { message, ...extensions } = publicErrorBody(answer);
    return { ...base, message, extensions };
  }
  const limit = limitOf(formatted);
  if (limit) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: formatted.message.replace(/^Syntax Error: /, ''), extensions: { ...extensions, code: 'LIMIT_EXCEEDED', limit } };
  }
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && SAFE_CODES.has(code)) {
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...base, message: hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message, extensions };
  }
  // Request-level errors raised by graphql-js itself (variable coercion, for one) concern the
  // request, not the server; Apollo leaves some of them without a code.
  if (!formatted.path && error instanceof GraphQLError && (!error.originalError || error.originalError instanceof GraphQLError)) {
    const variable = /^Variable "\$(\w+)"/.exec(formatted.message)?.[1];
    return {
      ...base,
      message: hideSuggestions ? withoutSuggestions(formatted.message) : formatted.message,
      extensions: { code: typeof code === 'string' && code !== 'INTERNAL_SERVER_ERROR' ? code : 'BAD_USER_INPUT', ...(variable ? { field: variable } : {}) },
    };
  }
  const { message, ...extensions } = publicErrorBody(original, logger);
  return { ...base, message, extensions };
}

/**
 * The limit a refusal names: document limits refused while parsing or validating come back from
 * Apollo as parse or validation failures; they keep their LIMIT_EXCEEDED code and limit.
 */
function limitOf(formatted: GraphQLFormattedError): string | null {
  const limit = formatted.extensions?.limit;
  if (typeof limit === 'string') return limit;
  if (formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' && /contains more tha[nt] \d+ tokens/.test(formatted.message)) return 'MAX_QUERY_TOKENS';
  return null;
}

/**
 * Production's formatter: as formatError, and without graphql-js's "Did you mean …?" in variable
 * errors (Apollo's hideSchemaDetailsFromClientErrors takes them out of validation errors only).
 */
export function productionFormatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  return formatError(formatted, error, true);
}

function withoutSuggestions(message: string): string {
  return message.replace(/ ?Did you mean(.+?)\?$/, '');
}
