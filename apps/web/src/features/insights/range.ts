import type { InsightBucketSize } from '../../gql/graphql';

export const RANGES = [14, 30, 90, 365] as const;
export type RangeDays = (typeof RANGES)[number];

const DAY_MS = 86_400_000;

/** [from, to) in whole UTC days ending tomorrow (today included), by days up to 90 and by ISO weeks beyond. */
export function rangeOf(days: RangeDays, now = Date.now()): { from: string; to: string; bucket: InsightBucketSize } {
  const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  const bucket: InsightBucketSize = days > 90 ? 'WEEK' : 'DAY';
  return { from: new Date(tomorrow - days * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString(), bucket };
}
