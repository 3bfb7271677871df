import { useMutation } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaStatus } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { DECIDE_IDEA } from '../graphql/review.graphql';

/** What an idea may become from where it stands (the API's table: OPEN → SHORTLISTED → ADOPTED; REJECTED from either). */
const NEXT: Record<IdeaStatus, IdeaStatus[]> = { OPEN: ['SHORTLISTED', 'REJECTED'], SHORTLISTED: ['ADOPTED', 'REJECTED'], ADOPTED: [], REJECTED: [] };

/** Shortlist, adopt or reject one idea with a reason; its author is told at once (inbox and live). */
export function DecisionForm({ ideaId, title, status, onDone }: { ideaId: string; title: string; status: IdeaStatus; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const choices = NEXT[status];
  const [to, setTo] = useState<IdeaStatus>(choices[0] ?? 'REJECTED');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const [decide, { loading }] = useMutation(DECIDE_IDEA);
  if (choices.length === 0) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    setError(null);
    const input = { ideaId, status: to, reason };
    try {
      await decide({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      setReason('');
      onDone(t('review.decided', { title, status: t(`status.${to}`) }));
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };
  return (
    <form className="inline-form decision-form" onSubmit={(event) => void submit(event)} aria-label={t('review.decideOn', { title })}>
      <label className="field">
        <span>{t('review.decision')}</span>
        <select value={to} onChange={(event) => setTo(event.target.value as IdeaStatus)}>
          {choices.map((choice) => (
            <option key={choice} value={choice}>
              {t(`review.to.${choice}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span>{t('review.reason')}</span>
        <input value={reason} required minLength={3} maxLength={2000} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit" className="primary" aria-disabled={loading}>
        {t('review.submit')}
      </button>
      <FormError message={error} />
    </form>
  );
}
