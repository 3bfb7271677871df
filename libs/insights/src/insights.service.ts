import { Injectable } from '@nestjs/common';
import { ChallengesService } from '@pollen/challenges';
import { STATEMENT_SCALE } from '@pollen/ledger';
import { PollenError, Viewer, checkId, pageSize, requireViewer } from '@pollen/kernel';
import { OrganizationRole, OrganizationsService } from '@pollen/organizations';
import { OwnershipService } from '@pollen/ownership';
import { METRICS, PARTICIPANTS_DAY, PARTICIPANTS_WEEK } from './insight-metrics.constant';
import { addDays, utcDay, weekStart } from './insight-day.util';
import { ChallengeInsightsModel, ContributorInsightModel, InsightBucketModel, InsightBucketSize } from './insights.model';
import { IdeaTotals, InsightsRepository } from './insights.repository';

/** Buckets one answer may hold: a year of days, five years of weeks. */
export const MAX_DAY_BUCKETS = 366;
export const MAX_WEEK_BUCKETS = 260;
/** The rankings (most discussed, most divisive, top contributors): `first` up to this, 5 by default. */
export const INSIGHT_RANKING_MAX = 20;
export const INSIGHT_RANKING_DEFAULT = 5;
/** A ranking's size: `first` (pageSize's rule and message). */
const RANKING = { default: INSIGHT_RANKING_DEFAULT, max: INSIGHT_RANKING_MAX };

const TEAM = [OrganizationRole.OWNER, OrganizationRole.MODERATOR];

@Injectable()
export class InsightsService {
  constructor(
    private readonly insights: InsightsRepository,
    private readonly challenges: ChallengesService,
    private readonly organizations: OrganizationsService,
    private readonly ownership: OwnershipService,
  ) {}

  /** Only the challenge's organisation team (OWNER or MODERATOR) reads its insights. */
  async requireTeam(viewer: Viewer | null, challengeIdValue: unknown): Promise<string> {
    const member = requireViewer(viewer);
    const challengeId = checkId(challengeIdValue, 'challengeId');
    const challenge = await this.challenges.getVisible(challengeId, member);
    await this.organizations.requireRole(challenge.organizationId, member, TEAM);
    return challengeId;
  }

  /** Figures per bucket over [from, to), read from the precomputed buckets: index ranges, never a scan of the rows. */
  async challengeInsights(viewer: Viewer | null, challengeIdValue: unknown, fromValue: unknown, toValue: unknown, size: InsightBucketSize): Promise<ChallengeInsightsModel> {
    const challengeId = await this.requireTeam(viewer, challengeIdValue);
    const { starts, end } = bucketStarts(fromValue, toValue, size);
    const rows = await this.insights.buckets(challengeId, [...METRICS, size === InsightBucketSize.DAY ? PARTICIPANTS_DAY : PARTICIPANTS_WEEK], starts[0], end);
    const figure = new Map<string, Map<string, number>>(starts.map((start) => [start, new Map()]));
    for (const row of rows) {
      const start = size === InsightBucketSize.DAY ? row.day : weekStart(row.day);
      const metric = row.metric === PARTICIPANTS_WEEK ? PARTICIPANTS_DAY : row.metric;
      const bucket = figure.get(start);
      if (bucket) bucket.set(metric, (bucket.get(metric) ?? 0) + row.count);
    }
    const buckets: InsightBucketModel[] = starts.map((start) => {
      const get = (metric: string) => figure.get(start)!.get(metric) ?? 0;
      const sentiment = { positive: get('sentiment_positive'), neutral: get('sentiment_neutral'), negative: get('sentiment_negative') };
      const labelled = sentiment.positive + sentiment.neutral + sentiment.negative;
      return {
        start,
        participants: get(PARTICIPANTS_DAY),
        newIdeas: get('ideas'),
        votes: get('votes'),
        comments: get('comments'),
        sentiment,
        stance: { for: get('stance_for'), neutral: get('stance_neutral'), against: get('stance_against') },
        netSentiment: labelled ? round((sentiment.positive - sentiment.negative) / labelled) : null,
        moderation: { reports: get('reports'), holds: get('holds'), actions: get('actions') },
      };
    });
    const sum = (pick: (bucket: InsightBucketModel) => number) => buckets.reduce((total, bucket) => total + pick(bucket), 0);
    return {
      challengeId,
      from: starts[0],
      to: end,
      bucket: size,
      buckets,
      participantBuckets: sum((b) => b.participants),
      sentiment: { positive: sum((b) => b.sentiment.positive), neutral: sum((b) => b.sentiment.neutral), negative: sum((b) => b.sentiment.negative) },
      stance: { for: sum((b) => b.stance.for), neutral: sum((b) => b.stance.neutral), against: sum((b) => b.stance.against) },
      sentimentTrend: trend(buckets),
      moderation: { reports: sum((b) => b.moderation.reports), holds: sum((b) => b.moderation.holds), actions: sum((b) => b.moderation.actions) },
    };
  }

  mostDiscussed(challengeId: string, first?: number | null): Promise<IdeaTotals[]> {
    return this.insights.mostDiscussed(challengeId, pageSize(first, RANKING));
  }

  mostDivisive(challengeId: string, first?: number | null): Promise<IdeaTotals[]> {
    return this.insights.mostDivisive(challengeId, pageSize(first, RANKING));
  }

  /** The ownership statement's first participants (ranked from the sealer's tallies, or the cached statement: OwnershipService.topParticipants). */
  async topContributors(viewer: Viewer | null, challengeId: string, first?: number | null): Promise<ContributorInsightModel[]> {
    const top = await this.ownership.topParticipants(viewer, challengeId, pageSize(first, RANKING));
    return top.map((share) => ({
      challengeId,
      participantId: share.participantId,
      points: Number(share.scaledPoints) / Number(STATEMENT_SCALE),
      shareBp: share.shareBp,
    }));
  }
}


function asDate(value: unknown, field: string): Date {
  const date = value instanceof Date ? value : typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw PollenError.badInput(field, 'must be a date-time');
  return date;
}

/** The first day of each bucket of [from, to) and the day after the last bucket. */
function bucketStarts(fromValue: unknown, toValue: unknown, size: InsightBucketSize): { starts: string[]; end: string } {
  const from = asDate(fromValue, 'from');
  const to = asDate(toValue, 'to');
  if (to.getTime() <= from.getTime()) throw PollenError.badInput('to', 'must be after from');
  const step = size === InsightBucketSize.DAY ? 1 : 7;
  const max = size === InsightBucketSize.DAY ? MAX_DAY_BUCKETS : MAX_WEEK_BUCKETS;
  const first = size === InsightBucketSize.DAY ? utcDay(from) : weekStart(utcDay(from));
  const lastDay = utcDay(new Date(to.getTime() - 1));
  const starts: string[] = [];
  for (let start = first; start <= lastDay; start = addDays(start, step)) {
    if (starts.length === max) throw PollenError.badInput('to', size === InsightBucketSize.DAY ? `the range holds more than ${max} days; ask for WEEK buckets or a shorter range` : `the range holds more than ${max} weeks; ask for a shorter range`);
    starts.push(start);
  }
  return { starts, end: addDays(starts[starts.length - 1], step) };
}

/** Least-squares slope of the net sentiment per bucket, over the buckets that have one. */
function trend(buckets: InsightBucketModel[]): number | null {
  const points = buckets.map((bucket, x) => ({ x, y: bucket.netSentiment })).filter((p): p is { x: number; y: number } => p.y !== null);
  if (points.length < 2) return null;
  const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;
  const mx = mean(points.map((p) => p.x));
  const my = mean(points.map((p) => p.y));
  const den = points.reduce((total, p) => total + (p.x - mx) ** 2, 0);
  return round(points.reduce((total, p) => total + (p.x - mx) * (p.y - my), 0) / den);
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
