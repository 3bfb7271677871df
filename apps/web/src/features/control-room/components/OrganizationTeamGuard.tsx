import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { TEAM_ORGANIZATION } from '../graphql/control-room.graphql';
import type { TeamOrganization } from '../team-context';
import { RefusalPage } from './RefusalPage';

/** The pages of one organisation (its members): its OWNERs and MODERATORs only. */
export function OrganizationTeamGuard() {
  const { t } = useTranslation();
  const { organizationId = '' } = useParams();
  const { data, error } = useQuery(TEAM_ORGANIZATION, { variables: { id: organizationId }, fetchPolicy: 'cache-and-network' });
  const organization = data?.organization;
  if (!organization) return error ? <RefusalPage /> : <p role="status">{t('common.loading')}</p>;
  const role = organization.viewerRole;
  if (!role) return <RefusalPage organizationName={organization.name} />;
  const context: { organization: TeamOrganization } = { organization: { ...organization, viewerRole: role } };
  return (
    <>
      <header className="control-room-header">
        <nav aria-label={t('controlRoom.organizationNavigation', { name: organization.name })} className="control-room-tabs">
          <NavLink to={`/manage/organizations/${organization.id}/members`}>{t('controlRoom.members')}</NavLink>
        </nav>
      </header>
      <Outlet context={context} />
    </>
  );
}
