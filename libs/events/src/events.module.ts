import { Global, Module } from '@nestjs/common';
import { DomainEventRecorder } from './domain-event.recorder';
import { OutboxConsumerRuntime } from './outbox-consumer.job';
import { OutboxConsumerRepository } from './outbox-consumer.repository';
import { OutboxListener } from './outbox.listener';
import { OutboxRepository } from './outbox.repository';

const PROVIDERS = [DomainEventRecorder, OutboxRepository, OutboxConsumerRepository, OutboxConsumerRuntime, OutboxListener];

/** The outbox: recording events, the relay's read side, and what durable consumers share. */
@Global()
@Module({ providers: PROVIDERS, exports: PROVIDERS })
export class EventsModule {}
