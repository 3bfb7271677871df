import { Global, Module } from '@nestjs/common';
import { DomainEventRecorder } from './domain-event.recorder';

@Global()
@Module({ providers: [DomainEventRecorder], exports: [DomainEventRecorder] })
export class EventsModule {}
