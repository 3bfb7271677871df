import { Injectable } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { ClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';
import { Reach, RealtimeGateway } from './realtime.gateway';

/**
 * Outbox events → client events, rooms and personal notifications, sent through the gateway in
 * the batch's order. Notifications are the inbox's stored rows (libs/notifications records them in
 * the outbox as `notifications.created`): what a person receives live is what their inbox keeps.
 */
@Injectable()
export class OutboxPublisher {
  constructor(
    private readonly events: ClientEventsService,
    private readonly gateway: RealtimeGateway,
  ) {}

  /**
   * `cluster` (the relay): to the clients of every instance. `local` (reading back what the
   * relay published while Redis was away): to this instance's clients only, except broadcasts
   * `skip` says were delivered here already. Raw votes are never sent (their tallies are
   * `idea.tallied` events: see OutboxRelay). Events about content not everyone may see go to
   * those who may (ClientEventsService.restricted).
   */
  async publish(batch: OutboxEvent[], reach: Reach, skip?: (event: ClientEvent) => boolean): Promise<void> {
    // Three independent lookups (authors, visibility, notification actors), side by side.
    const [clientEvents, restricted, personal] = await Promise.all([this.events.toClientEvents(batch), this.events.restricted(batch), this.events.personal(batch)]);
    await this.gateway.publish(skip ? clientEvents.filter((event) => !skip(event)) : clientEvents, reach, restricted);
    for (const { userId, event } of personal) {
      if (!skip?.(event)) this.gateway.emit([`user:${userId}`], event, reach);
    }
  }
}
