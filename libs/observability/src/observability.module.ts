import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { PollenConfig } from '@pollen/config';
import { loggerParams } from './logger-params.util';
import { MetricsService } from './metrics.service';
import { RequestContextMiddleware } from './request-context.middleware';

/**
 * Logs (pino, through nestjs-pino) and metrics (prom-client) for the whole application. Global:
 * any library may inject MetricsService to count what it does (the relay, the rate limiter).
 * Imported before any module that has middleware of its own, so nestjs-pino's runs first and
 * the request id exists when RequestContextMiddleware reads it.
 */
@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  static forRoot(config: PollenConfig): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(loggerParams(config))],
      providers: [MetricsService],
      exports: [MetricsService],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware).forRoutes('{*splat}');
  }
}
