import type { DataSourceOptions } from 'typeorm';
import { STATEMENT_TIMEOUT_MS } from '@pollen/kernel';
import { MIGRATIONS } from './migrations';
import { SqlLogger } from './sql.logger';

export const DB_POOL_SIZE = 20;

/**
 * One definition of how Pollen talks to PostgreSQL, shared by the server, the CLI and tests.
 * `logQueries`: every SQL statement at debug (see SqlLogger); errors are logged either way.
 */
export function dataSourceOptions(url: string, entities: DataSourceOptions['entities'] = [], logQueries = false): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    migrationsTransactionMode: 'each',
    synchronize: false,
    logging: logQueries ? ['query', 'error', 'warn'] : ['error'],
    logger: new SqlLogger(logQueries),
    extra: {
      max: DB_POOL_SIZE,
      statement_timeout: STATEMENT_TIMEOUT_MS,
      idle_in_transaction_session_timeout: STATEMENT_TIMEOUT_MS * 2,
      application_name: 'pollen',
    },
  };
}
