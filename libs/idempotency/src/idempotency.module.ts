import { MiddlewareConsumer, Module, NestModule, RequestMethod } from '@nestjs/common';
import { IdentityModule } from '@pollen/identity';
import { IdempotencyMiddleware } from './idempotency.middleware';
import { IdempotencyPurgeJob } from './idempotency-purge.job';
import { IdempotencyRepository } from './idempotency.repository';

/** Idempotency keys for every mutation over GraphQL (see README.md). Imports no domain library but identity (who the caller is). */
@Module({
  imports: [IdentityModule],
  providers: [IdempotencyMiddleware, IdempotencyPurgeJob, IdempotencyRepository],
  exports: [IdempotencyPurgeJob],
})
export class IdempotencyModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(IdempotencyMiddleware).forRoutes({ path: 'graphql', method: RequestMethod.POST });
  }
}
