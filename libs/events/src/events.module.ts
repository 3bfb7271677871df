import { Global, Module } from '@nestjs/common';
import { DomainEventRecorder } from './domain-event.recorder';
import { OutboxRepository } from './outbox.repository';

@Global()
@Module({ providers: [DomainEventRecorder, OutboxRepository], exports: [DomainEventRecorder, OutboxRepository] })
export class EventsModule {}
