import { Bars, TimeLines, type Datum, type Series } from './charts';
import { dateFormat, numberFormat } from './formats';

/** A catalogue lookup: i18next's `t` in the browser, first-paint's translator on the server. */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

interface Counts {
  positive: number;
  neutral: number;
  negative: number;
}
interface Load {
  reports: number;
  holds: number;
  actions: number;
}
interface IdeaFigures {
  comments: number;
  upvotes: number;
  downvotes: number;
  idea: { id: string; title: string };
}

/** The fields of `challengeInsights` the dashboard draws (the client's ChallengeInsights query). */
export interface DashboardInsights {
  bucket: string;
  sentimentTrend?: number | null;
  sentiment: Counts;
  stance: { for: number; neutral: number; against: number };
  moderation: Load;
  buckets: Array<{ start: string; participants: number; newIdeas: number; votes: number; comments: number; netSentiment?: number | null; sentiment: Counts; moderation: Load }>;
  mostDiscussed: IdeaFigures[];
  mostDivisive: IdeaFigures[];
  topContributors: Array<{ participantId: string; points: number; shareBp: number; participant?: { displayName: string } | null }>;
}

export type Cell = string | number | null;

export interface CardColumn {
  label: string;
  /** Shown in the table; the CSV keeps the raw value. */
  format?: (value: Cell) => string;
}

export type ChartSpec = { kind: 'lines'; data: Datum[]; series: Series[] } | { kind: 'bars'; data: Datum[]; series: Series[]; stacked?: boolean; horizontal?: boolean };

/** One card of the dashboard: its chart and the same figures as a table (its accessible form, and its CSV). */
export interface InsightCard {
  id: string;
  title: string;
  description?: string;
  columns: CardColumn[];
  rows: Cell[][];
  chart: ChartSpec;
}

/**
 * How a contributor is named, as the ownership pages name a party (the web client's
 * ownership/party-name.ts, kept apart so that those pages do not load the charts): the name its
 * owner's consent lets the reader see, or "Pseudonym" and its first digits where the API shows no one.
 */
function partyName(t: Translate, party: string, participant: { displayName: string } | null | undefined): string {
  return participant?.displayName ?? t('ownership.voter', { id: party.slice(0, 8) });
}

/** A cell as the table shows it. */
export function cellText(column: CardColumn | undefined, value: Cell): string {
  return column?.format ? column.format(value) : value === null ? '–' : String(value);
}

/** The totals over the period, above the cards: label and figure. */
export function insightTotals(insights: DashboardInsights, t: Translate, locale: string): Array<{ label: string; value: string }> {
  const number = numberFormat(locale);
  const sum = (key: 'newIdeas' | 'votes' | 'comments') => insights.buckets.reduce((total, b) => total + b[key], 0);
  const trend = insights.sentimentTrend;
  return [
    { label: t('insights.newIdeas'), value: number.format(sum('newIdeas')) },
    { label: t('insights.votes'), value: number.format(sum('votes')) },
    { label: t('insights.comments'), value: number.format(sum('comments')) },
    { label: t('insights.reports'), value: number.format(insights.moderation.reports) },
    {
      label: t('insights.trend'),
      value:
        trend === null || trend === undefined
          ? t('insights.noTrend')
          : t(trend >= 0 ? 'insights.trendUp' : 'insights.trendDown', { value: numberFormat(locale, { maximumFractionDigits: 3, signDisplay: 'always' }).format(trend) }),
    },
  ];
}

/**
 * The dashboard's eight cards, in their order: activity over time (participation, sentiment and
 * moderation load per bucket, the sentiment distribution, stance beside sentiment), then the
 * rankings over the whole challenge (most discussed, most divisive, top contributors). The client
 * (InsightsPage) and the server (apps/api/src/web/insights-paint.ts) both draw these.
 */
export function insightCards(insights: DashboardInsights, t: Translate, locale: string): InsightCard[] {
  const day = dateFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (start: string) => day.format(new Date(`${start}T00:00:00Z`));
  const number = numberFormat(locale);
  const buckets = insights.buckets.map((b) => ({
    label: label(b.start),
    start: b.start,
    participants: b.participants,
    ideas: b.newIdeas,
    votes: b.votes,
    comments: b.comments,
    positive: b.sentiment.positive,
    neutral: b.sentiment.neutral,
    negative: b.sentiment.negative,
    net: b.netSentiment ?? null,
    reports: b.moderation.reports,
    holds: b.moderation.holds,
    actions: b.moderation.actions,
  }));
  const net = (value: Cell) => (value === null ? '–' : numberFormat(locale, { maximumFractionDigits: 2 }).format(Number(value)));
  const bucketHead: CardColumn = { label: t(insights.bucket === 'WEEK' ? 'insights.week' : 'insights.day'), format: (value) => label(String(value)) };
  const n = (key: string): CardColumn => ({ label: t(`insights.${key}`) });
  const s = (key: string, colour?: string): Series => ({ key, name: t(`insights.${key}`), ...(colour ? { colour } : {}) });
  const { positive, neutral, negative } = insights.sentiment;
  // The commenters' own stance beside what the texts' sentiment says, side by side.
  const sides = [
    { label: t('insights.sideFor'), stance: insights.stance.for, sentiment: positive },
    { label: t('insights.sideNeutral'), stance: insights.stance.neutral, sentiment: neutral },
    { label: t('insights.sideAgainst'), stance: insights.stance.against, sentiment: negative },
  ];
  const ideaRows = (list: IdeaFigures[]) => list.map((i) => ({ label: i.idea.title, comments: i.comments, upvotes: i.upvotes, downvotes: i.downvotes }));
  const discussed = ideaRows(insights.mostDiscussed);
  const divisive = ideaRows(insights.mostDivisive);
  const contributors = insights.topContributors.map((c) => ({ label: partyName(t, c.participantId, c.participant), share: c.shareBp / 100, points: c.points, shareBp: c.shareBp }));

  return [
    {
      id: 'participation',
      title: t('insights.participation'),
      description: t('insights.participationHelp'),
      columns: [bucketHead, n('participants'), n('newIdeas'), n('votes'), n('comments')],
      rows: buckets.map((b) => [b.start, b.participants, b.ideas, b.votes, b.comments]),
      chart: { kind: 'lines', data: buckets, series: [s('participants'), { key: 'ideas', name: t('insights.newIdeas') }, s('votes'), s('comments')] },
    },
    {
      id: 'sentiment-over-time',
      title: t('insights.sentimentOverTime'),
      description: t('insights.sentimentHelp'),
      columns: [bucketHead, n('positive'), n('neutral'), n('negative'), { label: t('insights.net'), format: net }],
      rows: buckets.map((b) => [b.start, b.positive, b.neutral, b.negative, b.net]),
      chart: { kind: 'bars', data: buckets, stacked: true, series: [s('positive', '#2e6b30'), s('neutral', '#5f5a50'), s('negative', '#8a1c1c')] },
    },
    {
      id: 'sentiment-distribution',
      title: t('insights.sentimentDistribution'),
      columns: [n('sentiment'), n('count')],
      rows: positive + neutral + negative === 0 ? [] : [[t('insights.positive'), positive], [t('insights.neutral'), neutral], [t('insights.negative'), negative]],
      chart: {
        kind: 'bars',
        horizontal: true,
        data: [
          { label: t('insights.positive'), count: positive },
          { label: t('insights.neutral'), count: neutral },
          { label: t('insights.negative'), count: negative },
        ],
        series: [s('count')],
      },
    },
    {
      id: 'stance-and-sentiment',
      title: t('insights.stanceAndSentiment'),
      description: t('insights.stanceHelp'),
      columns: [n('side'), n('stance'), n('sentiment')],
      rows: sides.every((side) => side.stance + side.sentiment === 0) ? [] : sides.map((side) => [side.label, side.stance, side.sentiment]),
      chart: { kind: 'bars', data: sides, series: [s('stance', '#1f5fa8'), s('sentiment', '#7a4a00')] },
    },
    {
      id: 'moderation-load',
      title: t('insights.moderationLoad'),
      description: t('insights.moderationHelp'),
      columns: [bucketHead, n('reports'), n('holds'), n('actions')],
      rows: buckets.map((b) => [b.start, b.reports, b.holds, b.actions]),
      chart: { kind: 'bars', data: buckets, stacked: true, series: [s('reports'), s('holds'), s('actions')] },
    },
    {
      id: 'most-discussed',
      title: t('insights.mostDiscussed'),
      columns: [n('idea'), n('comments'), n('upvotes'), n('downvotes')],
      rows: discussed.map((i) => [i.label, i.comments, i.upvotes, i.downvotes]),
      chart: { kind: 'bars', horizontal: true, data: discussed, series: [s('comments')] },
    },
    {
      id: 'most-divisive',
      title: t('insights.mostDivisive'),
      description: t('insights.divisiveHelp'),
      columns: [n('idea'), n('upvotes'), n('downvotes'), n('comments')],
      rows: divisive.map((i) => [i.label, i.upvotes, i.downvotes, i.comments]),
      chart: { kind: 'bars', horizontal: true, data: divisive, series: [s('upvotes', '#2e6b30'), s('downvotes', '#8a1c1c')] },
    },
    {
      id: 'top-contributors',
      title: t('insights.topContributors'),
      description: t('insights.contributorsHelp'),
      columns: [
        n('participant'),
        { label: t('insights.points'), format: (v) => number.format(Number(v)) },
        { label: t('insights.share'), format: (v) => numberFormat(locale, { style: 'percent', minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(Number(v) / 10_000) },
      ],
      rows: contributors.map((c) => [c.label, c.points, c.shareBp]),
      chart: { kind: 'bars', horizontal: true, data: contributors, series: [{ key: 'share', name: t('insights.sharePercent') }] },
    },
  ];
}

/** A card's chart, drawn the same by the browser and by the server. */
export function InsightChart({ spec, locale }: { spec: ChartSpec; locale: string }) {
  return spec.kind === 'lines' ? (
    <TimeLines data={spec.data} series={spec.series} locale={locale} />
  ) : (
    <Bars data={spec.data} series={spec.series} stacked={spec.stacked} horizontal={spec.horizontal} locale={locale} />
  );
}
