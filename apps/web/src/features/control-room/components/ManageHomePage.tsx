import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MY_ORGANIZATIONS, ORGANIZATION_CHALLENGES } from '../graphql/control-room.graphql';
import { RefusalPage } from './RefusalPage';
import { usePageTitle } from '../../../shared/page-title';

function OrganizationChallenges({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const { data, fetchMore } = useQuery(ORGANIZATION_CHALLENGES, { variables: { organizationId }, fetchPolicy: 'cache-and-network' });
  const challenges = data?.challenges.edges.map((edge) => edge.node) ?? [];
  if (data && challenges.length === 0) return <p>{t('controlRoom.noChallenges')}</p>;
  return (
    <>
      <ul className="control-room-list">
        {challenges.map((challenge) => (
          <li key={challenge.id}>
            <span className="control-room-title">{challenge.title}</span> <span className="muted">· {t(`phase.${challenge.phase}`)}</span>
            <span className="control-room-links">
              <Link to={`/manage/challenges/${challenge.id}/moderation`} aria-label={t('controlRoom.moderateNamed', { title: challenge.title })}>
                {t('controlRoom.moderation')}
              </Link>
              <Link to={`/manage/challenges/${challenge.id}/review`} aria-label={t('controlRoom.reviewNamed', { title: challenge.title })}>
                {t('controlRoom.review')}
              </Link>
              <Link to={`/manage/challenges/${challenge.id}/insights`} aria-label={t('controlRoom.insightsNamed', { title: challenge.title })}>
                {t('controlRoom.insights')}
              </Link>
            </span>
          </li>
        ))}
      </ul>
      {data?.challenges.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.challenges.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </>
  );
}

/** `/manage`: the organisations whose team the viewer is on, and their challenges. */
export function ManageHomePage() {
  const { t } = useTranslation();
  const { data } = useQuery(MY_ORGANIZATIONS, { fetchPolicy: 'cache-and-network' });
  usePageTitle(!data ? undefined : data.myOrganizations.length === 0 ? null : t('controlRoom.title'));
  if (!data) return <p role="status">{t('common.loading')}</p>;
  if (data.myOrganizations.length === 0) return <RefusalPage />;
  return (
    <section aria-labelledby="control-room-heading">
      <h1 id="control-room-heading">{t('controlRoom.title')}</h1>
      {data.myOrganizations.map((organization) => (
        <section key={organization.id} aria-labelledby={`organization-${organization.id}`} className="control-room-organization">
          <h2 id={`organization-${organization.id}`}>{organization.name}</h2>
          <p className="muted">
            {t(`controlRoom.role.${organization.viewerRole ?? 'MODERATOR'}`)} ·{' '}
            <Link to={`/manage/organizations/${organization.id}/members`} aria-label={t('controlRoom.membersNamed', { name: organization.name })}>
              {t('controlRoom.members')}
            </Link>
          </p>
          <OrganizationChallenges organizationId={organization.id} />
        </section>
      ))}
    </section>
  );
}
