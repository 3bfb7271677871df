import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationActionKind } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useDebounced } from '../../../shared/useDebounced';
import { useActionKey } from '../../../shared/useActionKey';
import { MODERATION_LOG, UNDO_MERGE } from '../graphql/moderation.graphql';

const KINDS: ModerationActionKind[] = ['HIDE', 'RESTORE', 'DISMISS', 'APPROVE', 'REFUSE', 'MERGE', 'UNDO_MERGE', 'SUSPEND', 'REINSTATE', 'AUTO_HOLD', 'RULE_HOLD', 'PREMODERATE', 'FLAG_NEGATIVE'];

function UndoMergeForm({ actionId, onDone }: { actionId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const [undo, { loading }] = useMutation(UNDO_MERGE, { refetchQueries: ['ModerationQueue', 'ModerationLog', 'DuplicateCandidates'], awaitRefetchQueries: true });
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (loading) return;
    const input = { actionId, reason };
    try {
      await undo({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      onDone(t('moderation.unmerged'));
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };
  return (
    <form className="inline-form" onSubmit={(event) => void submit(event)} aria-label={t('moderation.undoForm')}>
      <label>
        <span className="visually-hidden">{t('moderation.undoReason')}</span>
        <input value={reason} required minLength={3} maxLength={2000} placeholder={t('moderation.undoReason')} onChange={(event) => setReason(event.target.value)} />
      </label>
      <button type="submit" aria-disabled={loading}>
        {t('moderation.undoMerge')}
      </button>
      <FormError message={error} />
    </form>
  );
}

/** The organisation's moderation log, newest first, searchable by reason and filtered by action. */
export function ModerationLogPanel({ organizationId, onDone }: { organizationId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [search, setSearch] = useState('');
  const [action, setAction] = useState<ModerationActionKind | ''>('');
  const [undoing, setUndoing] = useState<string | null>(null);
  const debounced = useDebounced(search.trim(), 300);
  const text = debounced.length >= 3 ? debounced : null;
  const { data, fetchMore, error } = useQuery(MODERATION_LOG, {
    variables: { organizationId, search: text, action: action || null },
    fetchPolicy: 'cache-and-network',
  });
  const entries = data?.moderationLog.edges.map((edge) => edge.node) ?? [];
  const undone = new Set(entries.filter((e) => e.undoes).map((e) => e.undoes));
  return (
    <section aria-labelledby="log-heading" className="moderation-log">
      <h2 id="log-heading">{t('moderation.log')}</h2>
      <form role="search" className="log-filters" onSubmit={(event) => event.preventDefault()}>
        <label className="field">
          <span>{t('moderation.logSearch')}</span>
          <input type="search" value={search} onChange={(event) => setSearch(event.target.value)} aria-describedby="log-search-help" />
          <span id="log-search-help" className="muted">
            {t('moderation.logSearchHelp')}
          </span>
        </label>
        <label className="field">
          <span>{t('moderation.logAction')}</span>
          <select value={action} onChange={(event) => setAction(event.target.value as ModerationActionKind | '')}>
            <option value="">{t('moderation.allActions')}</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`moderation.kind.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </form>
      <FormError message={error ? describeProblem(t, problemOf(error)) : null} />
      {data && entries.length === 0 && <p>{t('moderation.logEmpty')}</p>}
      <ol className="log-entries">
        {entries.map((entry) => (
          <li key={entry.id}>
            <strong>{t(`moderation.kind.${entry.action}`)}</strong> · {t(`moderation.target.${entry.targetType}`)} ·{' '}
            {entry.actor ? entry.actor.displayName : t('moderation.pollen')} · <time dateTime={entry.createdAt}>{format.relative(entry.createdAt)}</time>
            <p className="excerpt">{entry.reason}</p>
            {entry.action === 'MERGE' &&
              !undone.has(entry.id) &&
              (undoing === entry.id ? (
                <UndoMergeForm actionId={entry.id} onDone={(message) => (setUndoing(null), onDone(message))} />
              ) : (
                <button type="button" onClick={() => setUndoing(entry.id)}>
                  {t('moderation.undoMerge')}
                </button>
              ))}
          </li>
        ))}
      </ol>
      {data?.moderationLog.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.moderationLog.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
