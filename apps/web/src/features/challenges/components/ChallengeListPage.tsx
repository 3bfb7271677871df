import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CHALLENGES } from '../graphql/challenges.graphql';
import { PhasePanel } from './PhasePanel';
import { usePageTitle } from '../../../shared/page-title';

export function ChallengeListPage() {
  const { t } = useTranslation();
  usePageTitle(t('challenges.title'));
  const { data, loading, error, fetchMore } = useQuery(CHALLENGES, { variables: {} });
  const connection = data?.challenges;
  return (
    <section>
      <h1>{t('challenges.title')}</h1>
      <p className="lead">{t('challenges.lead')}</p>
      {error && <p role="alert">{t('errors.network')}</p>}
      {loading && !connection && <p role="status">{t('common.loading')}</p>}
      {connection && connection.edges.length === 0 && <p>{t('challenges.none')}</p>}
      <ul className="card-list">
        {connection?.edges.map(({ node }) => (
          <li key={node.id} className="card">
            <h2>
              <Link to={`/challenges/${node.id}`}>{node.title}</Link>
            </h2>
            <p className="muted">{t('challenges.by', { organization: node.organization.name })}</p>
            <p className="excerpt">{node.brief}</p>
            <PhasePanel phase={node.phase} closesAt={node.closesAt} />
          </li>
        ))}
      </ul>
      {connection?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
