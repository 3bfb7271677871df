export * from './limits.module';
export * from './limiter.store';
export * from './write-limits.service';
export * from './write-limit.policy';
export * from './current-client.decorator';
