import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { roomsFor, toClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';
import { RealtimeGateway } from './realtime.gateway';
import { TALLY_FLUSH_MS } from './realtime.constant';

/**
 * A hot idea takes hundreds of votes a second; its followers need the tally, not each vote.
 * Votes are gathered per idea and, every TALLY_FLUSH_MS, each idea's tally is read fresh from
 * the database and sent once, under the latest vote event's id and sequence. Reading at flush
 * time means a client never receives a tally older than one it already has.
 */
@Injectable()
export class VoteTallyCoalescer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(VoteTallyCoalescer.name);
  private pending = new Map<string, OutboxEvent>();
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;

  constructor(
    private readonly events: ClientEventsService,
    private readonly gateway: RealtimeGateway,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => {
      if (!this.flushing && this.pending.size) void this.flush();
    }, TALLY_FLUSH_MS);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flushing;
  }

  add(event: OutboxEvent): void {
    this.pending.set(event.payload.ideaId as string, event);
  }

  flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.flushing = (async () => {
      try {
        const tallies = await this.events.tallies([...batch.keys()]);
        for (const [ideaId, event] of batch) {
          const tally = tallies.get(ideaId);
          if (tally) this.gateway.emit(roomsFor(event.challengeId!, event.payload), toClientEvent(event, { ...tally }));
        }
      } catch (error) {
        // Not lost: the next vote on these ideas carries their tally again, and clients can catch up.
        this.logger.error(`tally flush failed: ${(error as Error).message}`);
      }
    })().finally(() => {
      this.flushing = null;
    });
    return this.flushing;
  }
}
