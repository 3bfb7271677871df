import type { RoomRegistry } from './room-registry';
import { MAX_BUFFERED_BYTES, MAX_BUFFERED_PACKETS, SLOW_CONSUMER_SWEEP_MS } from './realtime.constant';

/**
 * A client that cannot keep up (past MAX_BUFFERED_BYTES written and not taken by the network, or
 * MAX_BUFFERED_PACKETS queued) receives `server.error` SLOW_CONSUMER and is disconnected, so it
 * never delays others; it can reconnect and catch up. One timer for every member of the instance.
 */
export class SlowConsumerSweep {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly registry: RoomRegistry) {}

  start(): void {
    this.timer = setInterval(() => this.sweep(), SLOW_CONSUMER_SWEEP_MS);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  sweep(): void {
    for (const member of this.registry.members.values()) {
      const backlog = member.backlog();
      if (backlog.packets > MAX_BUFFERED_PACKETS || backlog.bytes > MAX_BUFFERED_BYTES) {
        member.notify('server.error', { code: 'SLOW_CONSUMER', message: 'Too many undelivered messages; reconnect and catch up' });
        member.disconnect();
      }
    }
  }
}
