import { useTranslation } from 'react-i18next';
import type { ChallengeInsightsQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { Bars } from './charts';
import { ChartCard } from './ChartCard';
import { partyName } from '../../ownership/party-name';

type Insights = ChallengeInsightsQuery['challengeInsights'];

/** The rankings over the whole challenge: most discussed, most divisive, top contributors. */
export function RankingSections({ insights }: { insights: Insights }) {
  const { t } = useTranslation();
  const format = useFormat();
  const ideaRows = (list: Insights['mostDiscussed']) => list.map((i) => ({ label: i.idea.title, comments: i.comments, upvotes: i.upvotes, downvotes: i.downvotes }));
  const discussed = ideaRows(insights.mostDiscussed);
  const divisive = ideaRows(insights.mostDivisive);
  const contributors = insights.topContributors.map((c) => ({ label: partyName(t, c.participantId, c.participant), share: c.shareBp / 100, points: c.points, shareBp: c.shareBp }));
  const n = (key: string) => ({ label: t(`insights.${key}`) });
  return (
    <div className="insight-grid">
      <ChartCard
        id="most-discussed"
        title={t('insights.mostDiscussed')}
        columns={[n('idea'), n('comments'), n('upvotes'), n('downvotes')]}
        rows={discussed.map((i) => [i.label, i.comments, i.upvotes, i.downvotes])}
      >
        <Bars horizontal data={discussed} series={[{ key: 'comments', name: t('insights.comments') }]} />
      </ChartCard>
      <ChartCard
        id="most-divisive"
        title={t('insights.mostDivisive')}
        description={t('insights.divisiveHelp')}
        columns={[n('idea'), n('upvotes'), n('downvotes'), n('comments')]}
        rows={divisive.map((i) => [i.label, i.upvotes, i.downvotes, i.comments])}
      >
        <Bars
          horizontal
          data={divisive}
          series={[
            { key: 'upvotes', name: t('insights.upvotes'), colour: '#2e6b30' },
            { key: 'downvotes', name: t('insights.downvotes'), colour: '#8a1c1c' },
          ]}
        />
      </ChartCard>
      <ChartCard
        id="top-contributors"
        title={t('insights.topContributors')}
        description={t('insights.contributorsHelp')}
        columns={[n('participant'), { label: t('insights.points'), format: (v) => format.number(Number(v)) }, { label: t('insights.share'), format: (v) => format.percent(Number(v)) }]}
        rows={contributors.map((c) => [c.label, c.points, c.shareBp])}
      >
        <Bars horizontal data={contributors} series={[{ key: 'share', name: t('insights.sharePercent') }]} />
      </ChartCard>
    </div>
  );
}
