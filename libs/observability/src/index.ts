export * from './observability.module';
export * from './metrics.service';
export * from './logger-params.util';
export * from './operation-label.util';
