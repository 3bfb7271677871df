import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { prefetchQuery, usePrefetchedPolicy } from '../../../shared/prefetch';
import { useTeamChallenge } from '../../control-room/team-context';
import { CHALLENGE_INSIGHTS } from '../graphql/insights.graphql';
import { useInsightsLive } from '../hooks/useInsightsLive';
import { RANGES, rangeOf, type RangeDays } from '../range';
import { ActivitySections } from './ActivitySections';
import { RankingSections } from './RankingSections';
import '../insights.css';
import { usePageTitle } from '../../../shared/page-title';

const RUNNING = new Set(['IDEATION', 'VOTING', 'REVIEW']);

const DEFAULT_DAYS: RangeDays = 30;

/** The dashboard's first read (the default range), asked for at start-up when this page is opened (app/routes.tsx), beside the guard's. */
export function prefetchInsights(client: ApolloClient, { challengeId }: { challengeId?: string }) {
  if (challengeId) return prefetchQuery(client, CHALLENGE_INSIGHTS, { challengeId, ...rangeOf(DEFAULT_DAYS) });
}

/** `/manage/challenges/:challengeId/insights`: the crowd's activity, sentiment and leaders, live while the challenge runs. */
export function InsightsPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const challenge = useTeamChallenge();
  usePageTitle(t('controlRoom.insights'), challenge.title);
  const [days, setDays] = useState<RangeDays>(DEFAULT_DAYS);
  const range = useMemo(() => rangeOf(days), [days]);
  const variables = { challengeId: challenge.id, ...range };
  const { data, error, refetch } = useQuery(CHALLENGE_INSIGHTS, { variables, ...usePrefetchedPolicy(CHALLENGE_INSIGHTS, variables), notifyOnNetworkStatusChange: false });
  const live = RUNNING.has(challenge.phase);
  useInsightsLive(challenge.id, live, refetch);
  const insights = data?.challengeInsights;
  const totals = useMemo(
    () => (insights?.buckets ?? []).reduce((sum, b) => ({ ideas: sum.ideas + b.newIdeas, votes: sum.votes + b.votes, comments: sum.comments + b.comments }), { ideas: 0, votes: 0, comments: 0 }),
    [insights],
  );

  return (
    <section aria-labelledby="insights-heading" className="insights">
      <h1 id="insights-heading">{t('insights.title', { title: challenge.title })}</h1>
      <div className="insights-controls">
        <label className="search-field">
          {t('insights.range')}
          <select value={days} onChange={(e) => setDays(Number(e.target.value) as RangeDays)}>
            {RANGES.map((n) => (
              <option key={n} value={n}>
                {t('insights.lastDays', { count: n, formatted: format.number(n) })}
              </option>
            ))}
          </select>
        </label>
        <p className="muted">{live ? t('insights.live') : t('insights.notLive', { phase: t(`phase.${challenge.phase}`) })}</p>
      </div>
      {error && !insights && <p role="alert">{describeProblem(t, problemOf(error))}</p>}
      {!insights && !error && <p role="status">{t('common.loading')}</p>}
      {insights && (
        <>
          <dl className="insight-totals" aria-label={t('insights.totals')}>
            <div>
              <dt>{t('insights.newIdeas')}</dt>
              <dd>{format.number(totals.ideas)}</dd>
            </div>
            <div>
              <dt>{t('insights.votes')}</dt>
              <dd>{format.number(totals.votes)}</dd>
            </div>
            <div>
              <dt>{t('insights.comments')}</dt>
              <dd>{format.number(totals.comments)}</dd>
            </div>
            <div>
              <dt>{t('insights.reports')}</dt>
              <dd>{format.number(insights.moderation.reports)}</dd>
            </div>
            <div>
              <dt>{t('insights.trend')}</dt>
              <dd>{insights.sentimentTrend === null ? t('insights.noTrend') : t(insights.sentimentTrend >= 0 ? 'insights.trendUp' : 'insights.trendDown', { value: format.number(insights.sentimentTrend, { maximumFractionDigits: 3, signDisplay: 'always' }) })}</dd>
            </div>
          </dl>
          <ActivitySections insights={insights} />
          <RankingSections insights={insights} />
        </>
      )}
    </section>
  );
}
