import { Injectable, Logger, OnModuleDestroy } from '@nestjs/common';
import { OutboxEvent } from '@pollen/events';
import { ClientEvent, toClientEvent } from './client-event';
import { ClientEventsService } from './client-events.service';
import { RealtimeGateway } from './realtime.gateway';
import { TALLY_FLUSH_MS } from './realtime.constant';

/**
 * A hot idea takes hundreds of votes a second; its followers need the tally, not each vote.
 * Each idea's tally goes out at most once per TALLY_FLUSH_MS: a vote on an idea that had no
 * tally sent within the window goes out at once (a quiet idea's vote is not held back), later
 * ones wait for the window to end and go out as one, under the latest vote event's id and
 * sequence. Tallies are read fresh from the database when sent, and one send runs at a time,
 * so a client never receives a tally older than one it already has.
 */
@Injectable()
export class VoteTallyCoalescer implements OnModuleDestroy {
  private readonly logger = new Logger(VoteTallyCoalescer.name);
  /** Ideas with votes whose tally is not sent yet: the latest vote event of each. */
  private pending = new Map<string, OutboxEvent>();
  /** When each idea's tally last went out, for the ideas still within their window. */
  private sentAt = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private queued = false;
  private flushing: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly events: ClientEventsService,
    private readonly gateway: RealtimeGateway,
  ) {}

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.flushing;
  }

  add(event: OutboxEvent): void {
    this.pending.set(event.payload.ideaId as string, event);
    // The relay adds a whole batch synchronously: look once it is done, so they go out together.
    if (!this.queued) {
      this.queued = true;
      queueMicrotask(() => {
        this.queued = false;
        this.schedule();
      });
    }
  }

  /** Sends the ideas whose window is over now, or sets a timer for the first one to come. */
  private schedule(): void {
    if (this.flushing || this.stopped || this.pending.size === 0) return;
    const now = Date.now();
    const due: string[] = [];
    let next = Infinity;
    for (const ideaId of this.pending.keys()) {
      const at = (this.sentAt.get(ideaId) ?? -Infinity) + TALLY_FLUSH_MS;
      if (at <= now) due.push(ideaId);
      else next = Math.min(next, at);
    }
    if (due.length) {
      void this.flush(due, now);
    } else if (!this.timer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.schedule();
      }, next - now);
      this.timer.unref();
    }
  }

  private flush(ideaIds: string[], now: number): Promise<void> {
    const batch = new Map(ideaIds.map((ideaId) => [ideaId, this.pending.get(ideaId)!]));
    for (const ideaId of ideaIds) {
      this.pending.delete(ideaId);
      this.sentAt.set(ideaId, now);
    }
    for (const [ideaId, at] of this.sentAt) if (at + TALLY_FLUSH_MS <= now) this.sentAt.delete(ideaId);
    this.flushing = (async () => {
      try {
        const tallies = await this.events.tallies(ideaIds);
        const out: ClientEvent[] = [];
        for (const [ideaId, event] of batch) {
          const tally = tallies.get(ideaId);
          if (tally) out.push(toClientEvent(event, { ...tally }));
        }
        await this.gateway.publish(out);
      } catch (error) {
        // Not lost: the next vote on these ideas carries their tally again, and clients can catch up.
        this.logger.error(`tally flush failed: ${(error as Error).message}`);
      }
    })().finally(() => {
      this.flushing = null;
      this.schedule();
    });
    return this.flushing;
  }
}
