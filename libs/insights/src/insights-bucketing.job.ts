import { Injectable } from '@nestjs/common';
import { DomainEventType, OutboxConsumerJob, OutboxConsumerRuntime, OutboxEvent } from '@pollen/events';
import { COUNTED, IDEA_TOTALS, PARTICIPANTS_DAY, PARTICIPANTS_WEEK, PARTICIPATION } from './insight-metrics.constant';
import { utcDay, weekStart } from './insight-day.util';
import { BucketDelta, IdeaDelta, InsightsRepository, ParticipantSeen } from './insights.repository';

export const INSIGHTS_CONSUMER = 'insights';
/** The event types whose effects a rebuild recomputes from the rows (moderation's are only ever counted from events). */
export const REBUILT_TYPES = new Set(['idea.created', 'comment.created', 'comment.edited', 'comment.deleted', 'idea.voted', 'sentiment.labelled']);
const TYPES = [...new Set([...Object.keys(COUNTED), ...Object.keys(PARTICIPATION), ...Object.keys(IDEA_TOTALS)])] as DomainEventType[];

/**
 * Keeps the insight buckets from the outbox: each batch adds up, per challenge, metric and UTC
 * day, what its events count (insight-metrics.constant.ts), records the participants seen per day
 * and per week, and moves the running totals of the ideas. Every figure is a sum, so the order of
 * events across transactions does not matter; events a rebuild already counted are skipped.
 */
@Injectable()
export class InsightsBucketingJob extends OutboxConsumerJob {
  constructor(
    runtime: OutboxConsumerRuntime,
    private readonly insights: InsightsRepository,
  ) {
    super(runtime, { name: INSIGHTS_CONSUMER, types: TYPES });
  }

  protected async handle(batch: OutboxEvent[]): Promise<void> {
    // sentiment.labelled travels outside the challenge's stream, its challenge in the payload.
    const inChallenges = batch
      .map((event) => (event.challengeId ? event : { ...event, challengeId: (event.payload.challengeId as string | undefined) ?? null }))
      .filter((event) => event.challengeId !== null);
    const covered = await this.insights.coveredByRebuild(inChallenges.filter((event) => REBUILT_TYPES.has(event.type)).map((event) => event.position));
    const buckets = new Map<string, BucketDelta>();
    const ideas = new Map<string, IdeaDelta>();
    const seen: ParticipantSeen[] = [];
    const count = (challengeId: string, metric: string, day: string, delta: number) => {
      const key = `${challengeId}|${metric}|${day}`;
      const entry = buckets.get(key) ?? { challengeId, metric, day, delta: 0 };
      entry.delta += delta;
      buckets.set(key, entry);
    };
    for (const event of inChallenges) {
      if (covered.has(event.position)) continue;
      const challengeId = event.challengeId!;
      for (const { metric, at, delta } of COUNTED[event.type]?.(event) ?? []) count(challengeId, metric, utcDay(at), delta);
      if (event.actorId && PARTICIPATION[event.type]?.(event)) {
        const day = utcDay(event.occurredAt);
        seen.push({ challengeId, bucket: 'DAY', start: day, userId: event.actorId }, { challengeId, bucket: 'WEEK', start: weekStart(day), userId: event.actorId });
      }
      const totals = IDEA_TOTALS[event.type]?.(event);
      if (totals) {
        const entry = ideas.get(totals.ideaId) ?? { challengeId, ideaId: totals.ideaId, comments: 0, upvotes: 0, downvotes: 0 };
        entry.comments += totals.comments;
        entry.upvotes += totals.upvotes;
        entry.downvotes += totals.downvotes;
        ideas.set(totals.ideaId, entry);
      }
    }
    const unique = [...new Map(seen.map((s) => [`${s.challengeId}|${s.bucket}|${s.start}|${s.userId}`, s])).values()];
    for (const first of await this.insights.seeParticipants(unique)) {
      count(first.challengeId, first.bucket === 'DAY' ? PARTICIPANTS_DAY : PARTICIPANTS_WEEK, first.start, 1);
    }
    await this.insights.addToBuckets([...buckets.values()].filter((entry) => entry.delta !== 0));
    await this.insights.addToIdeas([...ideas.values()]);
  }
}
