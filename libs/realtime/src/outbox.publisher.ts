import { Injectable } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { ClientEventsService } from './client-events.service';
import { Reach, RealtimeGateway } from './realtime.gateway';
import { VoteTallyCoalescer } from './vote-tally.coalescer';

/**
 * Outbox events → client events, rooms and personal notifications, sent through the gateway.
 * Notifications are the inbox's stored rows (libs/notifications records them in the outbox as
 * `notifications.created`): what a person receives live is what their inbox keeps, with its id.
 */
@Injectable()
export class OutboxPublisher {
  constructor(
    private readonly events: ClientEventsService,
    private readonly gateway: RealtimeGateway,
    private readonly tallies: VoteTallyCoalescer,
  ) {}

  /**
   * `cluster` (the relay): to the clients of every instance, votes through the tally coalescer.
   * `local` (reading back what the relay published while Redis was away): to this instance's
   * clients only, and each voted idea once, with its current tally.
   */
  async publish(batch: OutboxEvent[], reach: Reach): Promise<void> {
    if (reach === 'cluster') this.gateway.handledHere(batch.map((event) => event.id));
    const isVote = (event: OutboxEvent) => event.type === 'idea.voted' && event.challengeId !== null;
    const latestVote = new Map(batch.filter(isVote).map((event) => [event.payload.ideaId as string, event]));
    const direct = batch.filter((event) => (reach === 'local' ? !isVote(event) || latestVote.get(event.payload.ideaId as string) === event : !isVote(event)));
    const clientEvents = await this.events.toClientEvents(direct);
    await this.gateway.publish(clientEvents, reach);
    for (const { userId, event } of await this.events.personal(direct)) this.gateway.emit([`user:${userId}`], event, reach);
    if (reach === 'cluster') latestVote.forEach((event) => this.tallies.add(event));
  }
}
