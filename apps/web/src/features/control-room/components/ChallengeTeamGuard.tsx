import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useParams } from 'react-router';
import { describeProblem, problemOf } from '../../../shared/errors';
import { prefetchQuery, usePrefetchedPolicy } from '../../../shared/prefetch';
import { TEAM_CHALLENGE } from '../graphql/control-room.graphql';
import type { TeamChallenge } from '../team-context';
import { RefusalPage } from './RefusalPage';

/** The guard's read, asked for at start-up when a challenge's control-room page is opened (app/routes.tsx); its answer, or undefined. */
export function prefetchTeamChallenge(client: ApolloClient, { challengeId = '' }: { challengeId?: string }) {
  return prefetchQuery(client, TEAM_CHALLENGE, { id: challengeId });
}

/** The pages of one challenge (moderation, review, insights, ownership): its OWNERs and MODERATORs only. */
export function ChallengeTeamGuard() {
  const { t } = useTranslation();
  const { challengeId = '' } = useParams();
  const variables = { id: challengeId };
  const { data, error } = useQuery(TEAM_CHALLENGE, { variables, ...usePrefetchedPolicy(TEAM_CHALLENGE, variables) });
  const challenge = data?.challenge;
  if (!challenge?.organization) {
    if (error) return problemOf(error)?.code === 'NETWORK' ? <p role="alert">{describeProblem(t, problemOf(error))}</p> : <RefusalPage />;
    return <p role="status">{t('common.loading')}</p>;
  }
  const role = challenge.organization.viewerRole;
  if (!role) return <RefusalPage organizationName={challenge.organization.name} />;
  const context: { challenge: TeamChallenge } = { challenge: { ...challenge, organization: { ...challenge.organization, viewerRole: role } } };
  const base = `/manage/challenges/${challenge.id}`;
  return (
    <>
      <header className="control-room-header">
        <p className="muted">
          {challenge.organization.name} · {t(`phase.${challenge.phase}`)}
        </p>
        <nav aria-label={t('controlRoom.challengeNavigation', { title: challenge.title })} className="control-room-tabs">
          <NavLink to={`${base}/moderation`}>{t('controlRoom.moderation')}</NavLink>
          <NavLink to={`${base}/review`}>{t('controlRoom.review')}</NavLink>
          <NavLink to={`${base}/insights`}>{t('controlRoom.insights')}</NavLink>
          <NavLink to={`${base}/ownership`}>{t('controlRoom.ownership')}</NavLink>
          <NavLink to={`${base}/settings`}>{t('controlRoom.settings')}</NavLink>
        </nav>
      </header>
      <Outlet context={context} />
    </>
  );
}
