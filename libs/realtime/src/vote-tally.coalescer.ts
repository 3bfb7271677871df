import { Inject, Injectable } from '@nestjs/common';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { OutboxEvent } from '@pollen/events';
import { TallyDue, TallyHeld } from './vote-tally.repository';

interface Pending extends TallyHeld {
  /** Whether `pending_tally` already has it (a relay taking over will send it). */
  durable: boolean;
}

/** What the relay's next SQL statement does with tallies: record and send `due`, write down `hold`. */
export interface TallyPlan {
  due: TallyDue[];
  hold: TallyHeld[];
}

/**
 * A hot idea takes hundreds of votes a second; its followers need the tally, not each vote.
 * Each idea's tally goes out at most once per TALLY_INTERVAL_MS: a vote on an idea that had no
 * tally sent within the window goes out at once (a quiet idea's vote is not held back), later
 * ones wait for the window to end and go out as one.
 *
 * This is the schedule only, kept by the relay, which runs every SQL statement (OutboxRelay): a
 * tally is read fresh and recorded as an `idea.tallied` event with its own sequence by the
 * SQL statement that sends it, and a tally held back is written down (`pending_tally`) by the
 * SQL statement that marks its votes relayed, so memory is never the only place a tally waits.
 */
@Injectable()
export class VoteTallyCoalescer {
  private pending = new Map<string, Pending>();
  /** When each idea's tally last went out, for the ideas still within their window. */
  private sentAt = new Map<string, number>();
  readonly intervalMs: number;

  constructor(@Inject(POLLEN_CONFIG) config: PollenConfig) {
    this.intervalMs = config.tallyIntervalMs;
  }

  get size(): number {
    return this.pending.size;
  }

  /** A vote the relay published: its idea's tally is owed. */
  note(event: OutboxEvent): void {
    const ideaId = event.payload.ideaId as string;
    const votedAt = new Date(event.occurredAt);
    const current = this.pending.get(ideaId);
    if (current) current.votedAt = current.votedAt > votedAt ? current.votedAt : votedAt;
    else this.pending.set(ideaId, { ideaId, challengeId: event.challengeId!, votedAt, durable: false });
  }

  /** Tallies a previous relay held back (read from `pending_tally`): owed now. */
  restore(rows: TallyHeld[]): void {
    for (const row of rows) this.pending.set(row.ideaId, { ...row, votedAt: new Date(row.votedAt), durable: true });
  }

  /** Leadership lost: what was owed is in `pending_tally` or in votes not marked relayed, for the next relay. */
  reset(): void {
    this.pending.clear();
    this.sentAt.clear();
  }

  /** Tallies whose window is over (every one with `all`, when stopping), and those held back not yet written down; at most `limit` due. */
  plan(now: number, all: boolean, limit: number): TallyPlan {
    const due: TallyDue[] = [];
    const hold: TallyHeld[] = [];
    for (const entry of this.pending.values()) {
      if ((all || this.windowEnds(entry.ideaId) <= now) && due.length < limit) due.push({ ideaId: entry.ideaId, votedAt: entry.votedAt });
      else if (!entry.durable) hold.push({ ideaId: entry.ideaId, challengeId: entry.challengeId, votedAt: entry.votedAt });
    }
    return { due, hold };
  }

  /** The plan's SQL statement committed: due tallies went out, held ones are written down. */
  done(plan: TallyPlan, now: number): void {
    for (const { ideaId } of plan.due) {
      this.pending.delete(ideaId);
      this.sentAt.set(ideaId, now);
    }
    for (const { ideaId } of plan.hold) {
      const entry = this.pending.get(ideaId);
      if (entry) entry.durable = true;
    }
    for (const [ideaId, at] of this.sentAt) if (at + this.intervalMs <= now && !this.pending.has(ideaId)) this.sentAt.delete(ideaId);
  }

  /** When the next held tally is due, or null when none waits. */
  nextDueAt(): number | null {
    let next: number | null = null;
    for (const ideaId of this.pending.keys()) {
      const at = this.windowEnds(ideaId);
      next = next === null ? at : Math.min(next, at);
    }
    return next;
  }

  private windowEnds(ideaId: string): number {
    return (this.sentAt.get(ideaId) ?? -Infinity) + this.intervalMs;
  }
}
