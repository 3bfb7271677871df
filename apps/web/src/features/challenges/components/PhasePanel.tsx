import { useTranslation } from 'react-i18next';
import type { ChallengePhase } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { allowed } from '../phase-rules';

/** The phase, what it lets a participant do now, and when the challenge closes. */
export function PhasePanel({ phase, closesAt }: { phase: ChallengePhase; closesAt?: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const now = allowed(phase);
  return (
    <div className="phase-panel">
      <p>
        <span className={`phase phase-${phase.toLowerCase()}`}>{t(`phase.${phase}`)}</span>{' '}
        {now.length > 0 ? t('challenge.allowsNow', { actions: format.list(now.map((a) => t(`actions.${a}`))) }) : t('challenge.allowsNothing')}
      </p>
      {closesAt && (
        <p>
          {t('challenge.closes', { date: format.date(closesAt), relative: format.relative(closesAt) })}
        </p>
      )}
    </div>
  );
}
