export * from './domain-event';
export * from './domain-event.recorder';
export * from './events.module';
export * from './outbox.repository';
