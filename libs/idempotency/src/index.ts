export * from './idempotency.module';
export * from './idempotency-purge.job';
export * from './idempotency-request.util';
