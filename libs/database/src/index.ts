export * from './database.module';
export * from './data-source-options';
export * from './embedded-postgres';
export * from './migrate';
export * from './transaction';
export * from './db';
export * from './statement';
export * from './sql.logger';
