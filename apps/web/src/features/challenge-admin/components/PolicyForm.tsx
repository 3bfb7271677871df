import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChallengeSettingsQuery } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { SET_POLICY } from '../graphql/challenge-admin.graphql';
import { EXAMPLE, KINDS, preview, type Kind, type Weights } from '../weights';

type Policy = ChallengeSettingsQuery['challenge']['ownershipPolicy'];

/** The ownership policy and licence, editable while the challenge is a DRAFT, with what its weights mean. */
export function PolicyForm({ challengeId, policy }: { challengeId: string; policy: Policy }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [save, { loading }] = useMutation(SET_POLICY);
  const keyFor = useActionKey();
  const [weights, setWeights] = useState<Record<Kind, string>>(() => Object.fromEntries(KINDS.map((k) => [k, String(policy.weights[k])])) as Record<Kind, string>);
  const [licence, setLicence] = useState(policy.licence);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const numbers = Object.fromEntries(KINDS.map((k) => [k, Number(weights[k]) || 0])) as Weights;
  const p = preview(numbers);
  const n = (value: number | null) => (value === null ? '–' : format.number(value, { maximumFractionDigits: 1 }));
  const frozen = policy.frozen;

  return (
    <section aria-labelledby="policy-heading">
      <h2 id="policy-heading">{t('challengeAdmin.policyTitle')}</h2>
      <p>{frozen ? t('challengeAdmin.policyFrozen', { date: policy.frozenAt ? format.date(String(policy.frozenAt)) : '' }) : t('challengeAdmin.policyIntro')}</p>
      <form
        onSubmit={async (event) => {
          event.preventDefault();
          const input = { weights: numbers, licence: licence.trim() };
          setError(null);
          setSaved(false);
          try {
            await save({ variables: { challengeId, policy: input }, context: { idempotencyKey: keyFor(input) } });
            setSaved(true);
          } catch (e) {
            setError(describeProblem(t, problemOf(e)));
          }
        }}
      >
        <fieldset disabled={frozen} className="weights">
          <legend>{t('challengeAdmin.weights')}</legend>
          {KINDS.map((kind) => (
            <label key={kind} className="field">
              {t(`challengeAdmin.kinds.${kind}`)}
              <input type="number" min={0} step={0.001} inputMode="decimal" required value={weights[kind]} onChange={(e) => setWeights({ ...weights, [kind]: e.target.value })} />
            </label>
          ))}
          <label className="field">
            {t('challengeAdmin.licence')}
            <input value={licence} onChange={(e) => setLicence(e.target.value)} required maxLength={64} aria-describedby="licence-help" />
            <span id="licence-help" className="muted">
              {t('challengeAdmin.licenceHelp')}
            </span>
          </label>
        </fieldset>
        <div className="policy-preview" aria-labelledby="preview-heading" role="group">
          <h3 id="preview-heading">{t('challengeAdmin.previewTitle')}</h3>
          <p>{t('challengeAdmin.previewWeights', { vote: n(numbers.VOTE_CAST), idea: n(numbers.IDEA_PROPOSED), adopted: n(numbers.IDEA_ADOPTED) })}</p>
          <p>{t('challengeAdmin.previewExample', { ideas: EXAMPLE.ideas, comments: EXAMPLE.comments, votes: EXAMPLE.votes, points: n(p.example), adopted: n(p.exampleAdopted) })}</p>
          <p>{t('challengeAdmin.previewRatios', { votes: n(p.votesPerProposal), proposals: n(p.proposalsPerAdoption) })}</p>
          <p className="muted">{t('challengeAdmin.previewLineage', { decay: format.number(policy.lineageDecay, { style: 'percent' }), generations: policy.lineageGenerations })}</p>
        </div>
        <FormError message={error} />
        <p role="status">{saved && t('challengeAdmin.policySaved')}</p>
        {!frozen && (
          <button type="submit" className="primary" aria-disabled={loading}>
            {t('challengeAdmin.savePolicy')}
          </button>
        )}
      </form>
    </section>
  );
}
