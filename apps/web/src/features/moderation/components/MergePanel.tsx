import { useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../../i18n/format';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { useActionKey } from '../../../shared/useActionKey';
import { DUPLICATE_CANDIDATES, MERGE_IDEAS, MERGE_SIDE } from '../graphql/moderation.graphql';

function Side({ id, heading }: { id: string; heading: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(MERGE_SIDE, { variables: { id } });
  const idea = data?.idea;
  return (
    <article className="merge-side" aria-label={heading}>
      <p className="muted">{heading}</p>
      {idea ? (
        <>
          <h3>{idea.title}</h3>
          <p className="muted">
            {t('moderation.by', { name: idea.author.displayName })} · {t('moderation.tally', { score: format.number(idea.score), up: format.number(idea.upvotes), down: format.number(idea.downvotes) })} ·{' '}
            {t('moderation.comments', { count: idea.commentCount })}
          </p>
          <p className="excerpt prewrap">{idea.body.slice(0, 600)}</p>
        </>
      ) : (
        <p role="status">{t('common.loading')}</p>
      )}
    </article>
  );
}

function Title({ id }: { id: string }) {
  const { data } = useQuery(MERGE_SIDE, { variables: { id } });
  return <>{data?.idea.title ?? '…'}</>;
}

/** Duplicate pairs side by side: merge one into the other, with a reason (undone from the log). */
export function MergePanel({ challengeId, onDone }: { challengeId: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(DUPLICATE_CANDIDATES, { variables: { challengeId }, fetchPolicy: 'cache-and-network' });
  const [pair, setPair] = useState<{ merged: string; kept: string } | null>(null);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const keyFor = useActionKey();
  const [merge, { loading }] = useMutation(MERGE_IDEAS, { refetchQueries: ['ModerationQueue', 'ModerationLog', 'DuplicateCandidates'], awaitRefetchQueries: true });
  const pairs = data?.duplicateCandidates ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!pair || loading) return;
    setError(null);
    const input = { ideaId: pair.merged, intoIdeaId: pair.kept, reason };
    try {
      await merge({ variables: { input }, context: { idempotencyKey: keyFor(input) } });
      setPair(null);
      setReason('');
      onDone(t('moderation.merged'));
    } catch (failure) {
      setError(describeProblem(t, problemOf(failure)));
    }
  };

  return (
    <section aria-labelledby="merge-heading" className="merge-panel">
      <h2 id="merge-heading">{t('moderation.duplicates')}</h2>
      {data && pairs.length === 0 && <p>{t('moderation.noDuplicates')}</p>}
      <ul className="duplicate-pairs">
        {pairs.map((p) => (
          <li key={`${p.ideaId}-${p.otherId}`}>
            <button type="button" aria-pressed={pair?.merged === p.ideaId && pair.kept === p.otherId} onClick={() => setPair({ merged: p.ideaId, kept: p.otherId })}>
              <Title id={p.ideaId} /> ↔ <Title id={p.otherId} />
              <span className="muted"> {t('moderation.alike', { similarity: format.number(p.similarity, { style: 'percent' }) })}</span>
            </button>
          </li>
        ))}
      </ul>
      {pair && (
        <form onSubmit={(event) => void submit(event)} aria-label={t('moderation.mergeForm')}>
          <div className="merge-sides">
            <Side id={pair.merged} heading={t('moderation.mergedAway')} />
            <Side id={pair.kept} heading={t('moderation.kept')} />
          </div>
          <button type="button" onClick={() => setPair({ merged: pair.kept, kept: pair.merged })}>
            {t('moderation.swap')}
          </button>
          <label className="field">
            <span>{t('moderation.reasonLabel')}</span>
            <textarea rows={2} required minLength={3} maxLength={2000} value={reason} onChange={(event) => setReason(event.target.value)} />
          </label>
          <button type="submit" className="primary" aria-disabled={loading}>
            {t('moderation.mergeSubmit')}
          </button>
          <FormError message={error} />
        </form>
      )}
    </section>
  );
}
