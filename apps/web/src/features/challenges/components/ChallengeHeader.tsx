import { useTranslation } from 'react-i18next';
import type { ChallengeQuery } from '../../../gql/graphql';
import { PhasePanel } from './PhasePanel';

export function ChallengeHeader({ challenge }: { challenge: ChallengeQuery['challenge'] }) {
  const { t } = useTranslation();
  return (
    <header className="challenge-header">
      <p className="muted">{t('challenges.by', { organization: challenge.organization.name })}</p>
      <h1>{challenge.title}</h1>
      <PhasePanel phase={challenge.phase} closesAt={challenge.closesAt} />
      <details className="brief">
        <summary>{t('challenge.brief')}</summary>
        <p className="prewrap">{challenge.brief}</p>
      </details>
    </header>
  );
}
