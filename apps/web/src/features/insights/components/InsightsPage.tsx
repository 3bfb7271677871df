import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { insightCards, insightTotals, type Translate } from '@pollen/charts';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { prefetchQuery, usePrefetchedPolicy } from '../../../shared/prefetch';
import { useTeamChallenge } from '../../control-room/team-context';
import { CHALLENGE_INSIGHTS } from '../graphql/insights.graphql';
import { useInsightsLive } from '../hooks/useInsightsLive';
import { RANGES, rangeOf, type RangeDays } from '../range';
import { ChartCard } from './ChartCard';
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
  // The totals and the eight cards, shaped as the server shapes them for the page it draws (libs/charts).
  const tr = t as unknown as Translate;
  const totals = useMemo(() => (insights ? insightTotals(insights, tr, format.locale) : []), [insights, tr, format.locale]);
  const cards = useMemo(() => (insights ? insightCards(insights, tr, format.locale) : []), [insights, tr, format.locale]);

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
            {totals.map((total) => (
              <div key={total.label}>
                <dt>{total.label}</dt>
                <dd>{total.value}</dd>
              </div>
            ))}
          </dl>
          <div className="insight-grid">
            {cards.map((card) => (
              <ChartCard key={card.id} card={card} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}
