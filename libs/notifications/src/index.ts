export * from './notifications.module';
export * from './notification-kind';
export * from './notification-rules';
export * from './notification-view';
export * from './notifications-consumer.job';
export * from './notification-retention.job';
