export * from './domain-event.map';
export * from './domain-event';
export * from './domain-event.recorder';
export * from './events.module';
export * from './outbox.repository';
export * from './outbox-consumer.repository';
export * from './outbox-consumer.job';
export * from './outbox.listener';
