export * from './realtime.module';
export * from './realtime.gateway';
export * from './outbox.relay';
export * from './client-event';
export * from './client-event.map';
export * from './realtime.constant';
