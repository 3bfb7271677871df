import { Logger as NestLogger } from '@nestjs/common';
import type { Logger as TypeOrmLogger } from 'typeorm';

const MAX_SQL = 2_000;

function oneLine(sql: string): string {
  const text = sql.replace(/\s+/g, ' ').trim();
  return text.length > MAX_SQL ? `${text.slice(0, MAX_SQL)}…` : text;
}

function count(parameters: unknown): number {
  return Array.isArray(parameters) ? parameters.length : parameters && typeof parameters === 'object' ? Object.keys(parameters).length : 0;
}

/**
 * TypeORM's logger, through Nest's (pino, with the request id of the request being served): the
 * SQL statement's text and how many parameters it had, never their values (emails, password hashes,
 * token digests travel as parameters). TypeORM's own loggers print the values of a failing
 * SQL statement's parameters: this one replaces them everywhere, errors included. Queries are
 * logged at debug, and only when `queries` is on (LOG_LEVEL=debug or verbose).
 */
export class SqlLogger implements TypeOrmLogger {
  private readonly logger = new NestLogger('SQL');

  constructor(readonly queries: boolean) {}

  logQuery(query: string, parameters?: unknown): void {
    if (this.queries) this.logger.debug({ msg: 'sql', sql: oneLine(query), params: count(parameters) });
  }

  logQueryError(error: string | Error, query: string, parameters?: unknown): void {
    const message = typeof error === 'string' ? error : error.message;
    const code = typeof error === 'object' ? (error as { code?: unknown }).code : undefined;
    this.logger.warn({ msg: `sql failed: ${message}`, sql: oneLine(query), params: count(parameters), ...(typeof code === 'string' ? { code } : {}) });
  }

  logQuerySlow(time: number, query: string, parameters?: unknown): void {
    this.logger.warn({ msg: 'sql slow', ms: time, sql: oneLine(query), params: count(parameters) });
  }

  logSchemaBuild(message: string): void {
    if (this.queries) this.logger.debug(message);
  }

  logMigration(message: string): void {
    if (this.queries) this.logger.debug(message);
  }

  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn') this.logger.warn(String(message));
    else if (this.queries) this.logger.debug(String(message));
  }
}
