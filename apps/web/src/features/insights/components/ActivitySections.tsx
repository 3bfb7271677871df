import { useTranslation } from 'react-i18next';
import type { ChallengeInsightsQuery } from '../../../gql/graphql';
import { dateTimeFormat, useFormat } from '../../../i18n/format';
import { Bars, TimeLines } from './charts';
import { ChartCard } from './ChartCard';

type Insights = ChallengeInsightsQuery['challengeInsights'];

/** Activity over time: participation, sentiment and moderation load per bucket, and the sentiment distribution. */
export function ActivitySections({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const format = useFormat();
  const day = dateTimeFormat(format.locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const label = (start: string) => day.format(new Date(`${start}T00:00:00Z`));
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
    net: b.netSentiment,
    reports: b.moderation.reports,
    holds: b.moderation.holds,
    actions: b.moderation.actions,
  }));
  const net = (value: string | number | null) => (value === null ? '–' : format.number(Number(value), { maximumFractionDigits: 2 }));
  const bucketHead = { label: t(insights.bucket === 'WEEK' ? 'insights.week' : 'insights.day'), format: (value: string | number | null) => label(String(value)) };
  const n = (key: string) => ({ label: t(`insights.${key}`) });
  const s = (key: string) => ({ key, name: t(`insights.${key}`) });
  const { positive, neutral, negative } = insights.sentiment;
  // The commenters' own stance beside what the texts' sentiment says, side by side.
  const sides = [
    { label: t('insights.sideFor'), stance: insights.stance.for, sentiment: positive },
    { label: t('insights.sideNeutral'), stance: insights.stance.neutral, sentiment: neutral },
    { label: t('insights.sideAgainst'), stance: insights.stance.against, sentiment: negative },
  ];

  return (
    <div className="insight-grid">
      <ChartCard
        id="participation"
        title={t('insights.participation')}
        description={t('insights.participationHelp')}
        columns={[bucketHead, n('participants'), n('newIdeas'), n('votes'), n('comments')]}
        rows={buckets.map((b) => [b.start, b.participants, b.ideas, b.votes, b.comments])}
      >
        <TimeLines data={buckets} series={[s('participants'), { key: 'ideas', name: t('insights.newIdeas') }, s('votes'), s('comments')]} />
      </ChartCard>
      <ChartCard
        id="sentiment-over-time"
        title={t('insights.sentimentOverTime')}
        description={t('insights.sentimentHelp')}
        columns={[bucketHead, n('positive'), n('neutral'), n('negative'), { label: t('insights.net'), format: net }]}
        rows={buckets.map((b) => [b.start, b.positive, b.neutral, b.negative, b.net])}
      >
        <Bars
          data={buckets}
          stacked
          series={[
            { ...s('positive'), colour: '#2e6b30' },
            { ...s('neutral'), colour: '#5f5a50' },
            { ...s('negative'), colour: '#8a1c1c' },
          ]}
        />
      </ChartCard>
      <ChartCard
        id="sentiment-distribution"
        title={t('insights.sentimentDistribution')}
        columns={[n('sentiment'), n('count')]}
        rows={positive + neutral + negative === 0 ? [] : [[t('insights.positive'), positive], [t('insights.neutral'), neutral], [t('insights.negative'), negative]]}
      >
        <Bars
          horizontal
          data={[
            { label: t('insights.positive'), count: positive },
            { label: t('insights.neutral'), count: neutral },
            { label: t('insights.negative'), count: negative },
          ]}
          series={[s('count')]}
        />
      </ChartCard>
      <ChartCard
        id="stance-and-sentiment"
        title={t('insights.stanceAndSentiment')}
        description={t('insights.stanceHelp')}
        columns={[n('side'), n('stance'), n('sentiment')]}
        rows={sides.every((side) => side.stance + side.sentiment === 0) ? [] : sides.map((side) => [side.label, side.stance, side.sentiment])}
      >
        <Bars data={sides} series={[{ ...s('stance'), colour: '#1f5fa8' }, { ...s('sentiment'), colour: '#7a4a00' }]} />
      </ChartCard>
      <ChartCard
        id="moderation-load"
        title={t('insights.moderationLoad')}
        description={t('insights.moderationHelp')}
        columns={[bucketHead, n('reports'), n('holds'), n('actions')]}
        rows={buckets.map((b) => [b.start, b.reports, b.holds, b.actions])}
      >
        <Bars data={buckets} stacked series={[s('reports'), s('holds'), s('actions')]} />
      </ChartCard>
    </div>
  );
}
