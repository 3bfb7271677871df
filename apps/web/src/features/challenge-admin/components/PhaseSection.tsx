import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import type { ChallengePhase } from '../../../gql/graphql';
import { ConfirmDialog } from '../../../shared/ConfirmDialog';
import { describeProblem, problemOf } from '../../../shared/errors';
import { newKey } from '../../../shared/idempotency';
import { allows, type Participation } from '../../challenges/phase-rules';
import { CHALLENGE_SETTINGS, SET_PHASE } from '../graphql/challenge-admin.graphql';

const ORDER: ChallengePhase[] = ['DRAFT', 'IDEATION', 'VOTING', 'REVIEW', 'CLOSED'];
const PARTICIPATION: Participation[] = ['propose', 'revise', 'vote', 'comment'];

/** The phase now, who may do what in it, and the move to another phase after a confirmation that says what that phase allows. */
export function PhaseSection({ challengeId, phase }: { challengeId: string; phase: ChallengePhase }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [setPhase] = useMutation(SET_PHASE, { refetchQueries: [CHALLENGE_SETTINGS] });
  const allowedText = (target: ChallengePhase) => {
    const actions = PARTICIPATION.filter((action) => allows(target, action)).map((action) => t(`challengeAdmin.can.${action}`));
    return actions.length ? t('challengeAdmin.phaseAllows', { actions: format.list(actions) }) : t('challengeAdmin.phaseAllowsNothing');
  };
  const targets = phase === 'CLOSED' ? [] : ORDER.filter((target) => target !== phase && target !== 'DRAFT');

  return (
    <section aria-labelledby="phase-heading">
      <h2 id="phase-heading">{t('challengeAdmin.phaseTitle', { phase: t(`phase.${phase}`) })}</h2>
      <table>
        <caption>{t('challengeAdmin.whoMayNow')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('challengeAdmin.action')}</th>
            <th scope="col">{t('challengeAdmin.now')}</th>
          </tr>
        </thead>
        <tbody>
          {PARTICIPATION.map((action) => (
            <tr key={action}>
              <th scope="row">{t(`challengeAdmin.participants.${action}`)}</th>
              <td>{allows(phase, action) ? t('challengeAdmin.yes') : t('challengeAdmin.no')}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('challengeAdmin.team.decide')}</th>
            <td>{phase === 'REVIEW' ? t('challengeAdmin.yes') : t('challengeAdmin.no')}</td>
          </tr>
          <tr>
            <th scope="row">{t('challengeAdmin.team.moderate')}</th>
            <td>{t('challengeAdmin.yes')}</td>
          </tr>
          <tr>
            <th scope="row">{t('challengeAdmin.team.policy')}</th>
            <td>{phase === 'DRAFT' ? t('challengeAdmin.yes') : t('challengeAdmin.no')}</td>
          </tr>
        </tbody>
      </table>
      {phase === 'CLOSED' && <p>{t('challengeAdmin.closedFinal')}</p>}
      <div className="actions">
        {targets.map((target) => (
          <ConfirmDialog
            key={target}
            trigger={t('challengeAdmin.moveTo', { phase: t(`phase.${target}`) })}
            title={t('challengeAdmin.moveTitle', { phase: t(`phase.${target}`) })}
            confirm={t('challengeAdmin.confirmMove', { phase: t(`phase.${target}`) })}
            onConfirm={async () => {
              try {
                await setPhase({ variables: { challengeId, phase: target }, context: { idempotencyKey: newKey() } });
                return null;
              } catch (e) {
                return describeProblem(t, problemOf(e));
              }
            }}
          >
            <p>{allowedText(target)}</p>
            {target === 'REVIEW' && <p>{t('challengeAdmin.reviewEffect')}</p>}
            {phase === 'DRAFT' && <p>{t('challengeAdmin.opensEffect')}</p>}
            {target === 'CLOSED' && <p>{t('challengeAdmin.closeEffect')}</p>}
          </ConfirmDialog>
        ))}
      </div>
    </section>
  );
}
