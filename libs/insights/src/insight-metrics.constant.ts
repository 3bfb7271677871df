import type { OutboxEvent } from '@pollen/events';

/** A change to a bucket: `delta` on `metric` at the UTC day of `at`. */
export interface BucketCount {
  metric: string;
  at: Date | string;
  delta: number;
}

const once = (metric: string) => (event: OutboxEvent): BucketCount[] => [{ metric, at: event.occurredAt, delta: 1 }];
const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const action = (event: OutboxEvent) => text(event.payload.action);
const HOLDS = new Set(['AUTO_HOLD', 'RULE_HOLD']);

/**
 * What each event type adds to the buckets: adding a counted event type is one line here (the
 * bucket table has a `metric` column, not a column per figure). Moderation's types count from
 * the moment its library records them: reports; holds (taken by Pollen itself); actions (taken by
 * the brand team, an actor).
 */
export const COUNTED: Record<string, (event: OutboxEvent) => BucketCount[]> = {
  'idea.created': once('ideas'),
  'comment.created': once('comments'),
  // New votes (a change of mind or a withdrawal is not a new vote), as the vote rows count them.
  'idea.voted': (event) => (event.payload.previous === 'NONE' && event.payload.value !== 'NONE' ? [{ metric: 'votes', at: event.occurredAt, delta: 1 }] : []),
  'sentiment.labelled': (event) => [
    ...(event.payload.previousLabel ? [{ metric: `sentiment_${text(event.payload.previousLabel).toLowerCase()}`, at: event.payload.contentCreatedAt as string, delta: -1 }] : []),
    ...(event.payload.label ? [{ metric: `sentiment_${text(event.payload.label).toLowerCase()}`, at: event.payload.contentCreatedAt as string, delta: 1 }] : []),
  ],
  'moderation.reported': once('reports'),
  'moderation.actioned': (event) => [
    ...(HOLDS.has(action(event)) ? [{ metric: 'holds', at: event.occurredAt, delta: 1 }] : []),
    ...(event.actorId ? [{ metric: 'actions', at: event.occurredAt, delta: 1 }] : []),
  ],
};

/** The event types whose actor takes part in the challenge (the participants figure). */
export const PARTICIPATION: Record<string, (event: OutboxEvent) => boolean> = {
  'idea.created': () => true,
  'comment.created': () => true,
  'idea.voted': (event) => event.payload.value !== 'NONE',
};

/** Running totals per idea (most discussed, most divisive). */
export const IDEA_TOTALS: Record<string, (event: OutboxEvent) => { ideaId: string; comments: number; upvotes: number; downvotes: number } | null> = {
  'idea.created': (event) => ({ ideaId: event.aggregateId, comments: 0, upvotes: 0, downvotes: 0 }),
  'comment.created': (event) => ({ ideaId: event.payload.ideaId as string, comments: 1, upvotes: 0, downvotes: 0 }),
  'comment.deleted': (event) => ({ ideaId: event.payload.ideaId as string, comments: -1, upvotes: 0, downvotes: 0 }),
  'idea.voted': (event) => {
    const side = (value: unknown) => ({ up: value === 'UP' ? 1 : 0, down: value === 'DOWN' ? 1 : 0 });
    const [now, before] = [side(event.payload.value), side(event.payload.previous)];
    return { ideaId: event.payload.ideaId as string, comments: 0, upvotes: now.up - before.up, downvotes: now.down - before.down };
  },
};

export const PARTICIPANTS_DAY = 'participants';
export const PARTICIPANTS_WEEK = 'participants_week';
export const SENTIMENT_METRICS = ['sentiment_positive', 'sentiment_neutral', 'sentiment_negative'] as const;
/** Every metric a bucket answers; the figures of a week are the sums of its days, participants apart. */
export const METRICS = ['ideas', 'comments', 'votes', 'reports', 'holds', 'actions', ...SENTIMENT_METRICS] as const;
