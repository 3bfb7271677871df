import { useMutation } from '@apollo/client/react';
import { forwardRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationContentAction } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { MODERATE, SUSPEND } from '../graphql/moderation.graphql';
import type { QueueEntry } from './QueueItem';

export type FormAction = ModerationContentAction | 'SUSPEND';
export const FORM_ACTIONS: FormAction[] = ['HIDE', 'RESTORE', 'DISMISS', 'APPROVE', 'REFUSE', 'SUSPEND'];

interface Props {
  organizationId: string;
  selected: QueueEntry[];
  action: FormAction;
  onActionChange: (action: FormAction) => void;
  onDone: (message: string) => void;
}

/**
 * One form for every action on the selection (one item or many), each with its reason: what a
 * keyboard user reaches after ticking items, and what an item's own buttons prefill.
 */
export const ActionForm = forwardRef<HTMLSelectElement, Props>(function ActionForm({ organizationId, selected, action, onActionChange, onDone }, ref) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [days, setDays] = useState('');
  const [hideContent, setHideContent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const refetchQueries = ['ModerationQueue', 'ModerationLog'];
  const [moderate, moderating] = useMutation(MODERATE, { refetchQueries, awaitRefetchQueries: true });
  const [suspend, suspending] = useMutation(SUSPEND, { refetchQueries, awaitRefetchQueries: true });
  const busy = moderating.loading || suspending.loading;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || selected.length === 0) return;
    setError(null);
    try {
      if (action === 'SUSPEND') {
        const authors = [...new Map(selected.filter((item) => item.author).map((item) => [item.author!.id, item.author!])).values()];
        if (authors.length === 0) {
          setError(t('moderation.noAuthor'));
          return;
        }
        for (const author of authors) {
          const input = { organizationId, userId: author.id, reason, days: days ? Number(days) : null, hideContent };
          await suspend({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
        }
        onDone(t('moderation.doneSuspend', { count: authors.length }));
      } else {
        const input = { organizationId, action, reason, targets: selected.map((item) => ({ targetId: item.targetId, targetType: item.targetType })) };
        await moderate({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
        onDone(t('moderation.done', { count: selected.length, action: t(`moderation.action.${action}`) }));
      }
      setReason('');
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };

  return (
    <form className="action-form" aria-labelledby="action-form-heading" onSubmit={(event) => void submit(event)}>
      <h2 id="action-form-heading">{t('moderation.actOn', { count: selected.length })}</h2>
      <div className="action-fields">
        <label className="field">
          <span>{t('moderation.actionLabel')}</span>
          <select ref={ref} value={action} onChange={(event) => onActionChange(event.target.value as FormAction)}>
            {FORM_ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`moderation.action.${a}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('moderation.reasonLabel')}</span>
          <textarea rows={2} value={reason} required minLength={3} maxLength={2000} onChange={(event) => setReason(event.target.value)} aria-describedby="reason-help" />
          <span id="reason-help" className="muted">
            {t('moderation.reasonHelp')}
          </span>
        </label>
        {action === 'SUSPEND' && (
          <>
            <label className="field">
              <span>{t('moderation.daysLabel')}</span>
              <input type="number" min={1} max={3650} value={days} onChange={(event) => setDays(event.target.value)} aria-describedby="days-help" />
              <span id="days-help" className="muted">
                {t('moderation.daysHelp')}
              </span>
            </label>
            <label className="checkbox">
              <input type="checkbox" checked={hideContent} onChange={(event) => setHideContent(event.target.checked)} /> {t('moderation.hideContent')}
            </label>
          </>
        )}
      </div>
      <button type="submit" className="primary" aria-disabled={busy || selected.length === 0}>
        {t('moderation.apply', { action: t(`moderation.action.${action}`), count: selected.length })}
      </button>
      <FormError message={error} />
    </form>
  );
});
