import type { ClientEvent } from './client-event';

/** Broadcasts delivered here just before the link dropped, not to be sent again from the outbox. */
const RECENT_KEYS = 1_024;
/** Keys remembered while reading the outbox (what the outbox would otherwise deliver twice). */
const DELIVERED_KEYS = 50_000;
/** Live broadcasts held while the two paths meet; past this the meeting starts over from the next one. */
const BUFFER_MAX = 10_000;

export type HandoffState = 'live' | 'following' | 'handoff';

export interface LiveBroadcast {
  rooms: string[];
  event: ClientEvent;
}

/** One broadcast: an event to its rooms, or the same event as someone's notification. */
export const keyOf = (event: Pick<ClientEvent, 'type' | 'id'>): string => `${event.type}:${event.id}`;

/**
 * The outage hand-off of an instance whose Redis link drops, as a state machine without I/O
 * (OutageFollower does the reading and the sending). Broadcasts of the relay (on another
 * instance) come either through Redis (live) or, read back, from the outbox in the relay's
 * order; the machine decides which path delivers what so that each reaches this instance's
 * clients once, in the relay's order.
 *
 * - `live`: Redis broadcasts are delivered as they come; the last RECENT_KEYS are remembered.
 * - `following` (link down): the outbox is read from a little before the drop; what was
 *   delivered already is skipped. A broadcast still arriving is dropped (the outbox has it).
 * - `handoff` (link back): reading goes on; live broadcasts are held in arrival order. The
 *   first one held is the meeting point: the outbox read delivers everything up to it,
 *   itself included, and stops there; then the held broadcasts not delivered yet go out, and
 *   the state is `live`. Nothing is lost: the outbox read covers the relay's order up to the
 *   meeting point, and Redis everything from it (in order, on one link); nothing is sent twice:
 *   keys delivered are skipped. Reading goes on until a broadcast comes through Redis, however
 *   long: the link being back says nothing of the subscription (the adapter's subscriber is
 *   another connection, which may come back later), only a broadcast received does. An
 *   instance that holds the relay itself needs no broadcast from anyone: one last read, then
 *   `live` (`finishAlone`).
 * - The link dropping again in `handoff` discards what was held (it is after the read's
 *   cursor, so the outbox has it) and returns to `following`.
 */
export class OutageHandoff {
  private current: HandoffState = 'live';
  private readonly recent: string[] = [];
  private recentAt = 0;
  private delivered = new Set<string>();
  private held: LiveBroadcast[] = [];
  private meeting: string | null = null;

  get state(): HandoffState {
    return this.current;
  }

  /** Whether the outbox is to be read. */
  get reading(): boolean {
    return this.current !== 'live';
  }

  /** The link dropped. True when reading starts afresh (from a little before now). */
  linkDown(): boolean {
    this.held = [];
    this.meeting = null;
    if (this.current !== 'live') {
      this.current = 'following';
      return false;
    }
    this.current = 'following';
    this.delivered = new Set(this.recent);
    return true;
  }

  linkUp(): void {
    if (this.current === 'following') this.current = 'handoff';
  }

  /** A broadcast through Redis: true to deliver it now, false when the machine holds or drops it. */
  live(broadcast: LiveBroadcast): boolean {
    if (this.current === 'live') {
      this.remember(keyOf(broadcast.event));
      return true;
    }
    if (this.current === 'handoff') {
      if (this.held.length >= BUFFER_MAX) {
        this.held = [];
        this.meeting = null;
      }
      this.held.push(broadcast);
      this.meeting ??= broadcast.event.id;
    }
    return false;
  }

  /** This instance delivered a broadcast (whatever the path). */
  deliveredHere(event: Pick<ClientEvent, 'type' | 'id'>): void {
    const key = keyOf(event);
    if (this.current === 'live') {
      this.remember(key);
      return;
    }
    this.delivered.add(key);
    if (this.delivered.size > DELIVERED_KEYS) this.delivered.delete(this.delivered.values().next().value!);
  }

  wasDelivered(event: Pick<ClientEvent, 'type' | 'id'>): boolean {
    return this.delivered.has(keyOf(event));
  }

  /**
   * Rows read from the outbox (relay order): those this reading is to deliver, and whether they
   * reach the meeting point (then `finish()` once they are delivered).
   */
  take<T extends { id: string }>(rows: T[]): { rows: T[]; met: boolean } {
    if (this.current === 'handoff' && this.meeting !== null) {
      const at = rows.findIndex((row) => row.id === this.meeting);
      if (at >= 0) return { rows: rows.slice(0, at + 1), met: true };
    }
    return { rows, met: false };
  }

  /** With the link back, on the instance that relays (it delivers the relay's events itself): one last read, then `finish()`. */
  finishAlone(relaysHere: boolean): boolean {
    return this.current === 'handoff' && this.meeting === null && relaysHere;
  }

  /** The paths met: the held broadcasts still to deliver, in order; the state is `live` again. */
  finish(): LiveBroadcast[] {
    const out: LiveBroadcast[] = [];
    for (const broadcast of this.held) {
      const key = keyOf(broadcast.event);
      if (this.delivered.has(key)) continue;
      this.delivered.add(key);
      out.push(broadcast);
    }
    this.current = 'live';
    this.held = [];
    this.meeting = null;
    for (const { event } of out) this.remember(keyOf(event));
    this.delivered = new Set();
    return out;
  }

  private remember(key: string): void {
    this.recent[this.recentAt] = key;
    this.recentAt = (this.recentAt + 1) % RECENT_KEYS;
  }
}
