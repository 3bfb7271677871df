import { Injectable } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { ChallengeRow } from '@pollen/challenges';
import { OutboxRepository } from '@pollen/events';

/**
 * Events are served only to those who could see the challenge when they happened: while it was a
 * DRAFT that is its brand team alone, so the public's catch-up starts at the event that opened
 * it (`challenge.phaseChanged` from DRAFT) and never shows the drafts' titles and briefs.
 * (Live delivery already held: a DRAFT's rooms admit its team only.)
 */
@Injectable()
export class DraftEraPolicy {
  // Once sequenced, a challenge's opening never moves.
  private readonly openings = new LRUCache<string, number>({ max: 10_000 });

  constructor(private readonly outbox: OutboxRepository) {}

  /** The sequence a viewer's catch-up may start after, or null when nothing is theirs to see yet; `team`: the viewer is of the challenge's team. */
  async visibleAfter(challenge: ChallengeRow, team: boolean, afterSequence: number): Promise<number | null> {
    if (team) return afterSequence;
    const opening = await this.opening(challenge.id);
    return opening === null ? null : Math.max(afterSequence, opening - 1);
  }

  private async opening(challengeId: string): Promise<number | null> {
    const cached = this.openings.get(challengeId);
    if (cached !== undefined) return cached;
    const sequence = await this.outbox.openingSequence(challengeId);
    if (sequence !== null) this.openings.set(challengeId, sequence);
    return sequence;
  }
}
