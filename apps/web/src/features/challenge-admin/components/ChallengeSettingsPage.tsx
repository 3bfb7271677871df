import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { describeProblem, problemOf } from '../../../shared/errors';
import { useTeamChallenge } from '../../control-room/team-context';
import { CHALLENGE_SETTINGS } from '../graphql/challenge-admin.graphql';
import { BriefForm } from './BriefForm';
import { PhaseSection } from './PhaseSection';
import { PolicyForm } from './PolicyForm';
import { usePageTitle } from '../../../shared/page-title';

/** `/manage/challenges/:challengeId/settings`: the brief, the ownership policy and licence, and the phase. */
export function ChallengeSettingsPage() {
  const { t } = useTranslation();
  const team = useTeamChallenge();
  usePageTitle(t('controlRoom.settings'), team.title);
  const { data, error } = useQuery(CHALLENGE_SETTINGS, { variables: { id: team.id }, fetchPolicy: 'cache-and-network' });
  if (error && !data) return <p role="alert">{describeProblem(t, problemOf(error))}</p>;
  if (!data) return <p role="status">{t('common.loading')}</p>;
  const challenge = data.challenge;
  return (
    <section aria-labelledby="settings-heading">
      <h1 id="settings-heading">{t('challengeAdmin.settingsTitle', { title: challenge.title })}</h1>
      <PhaseSection challengeId={challenge.id} phase={challenge.phase} />
      <BriefForm challenge={challenge} />
      <PolicyForm challengeId={challenge.id} policy={challenge.ownershipPolicy} />
    </section>
  );
}
