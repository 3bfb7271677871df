import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModerationItemState, ModerationTargetType } from '../../../gql/graphql';
import { describeProblem, problemOf } from '../../../shared/errors';
import { FormError } from '../../../shared/FormError';
import { prefetchTeamChallenge } from '../../control-room/components/ChallengeTeamGuard';
import { useTeamChallenge } from '../../control-room/team-context';
import { prefetchQuery, usePrefetchedPolicy } from '../../../shared/prefetch';
import { MODERATION_QUEUE } from '../graphql/moderation.graphql';
import { useModerationLive } from '../hooks/useModerationLive';
import { ActionForm, type FormAction } from './ActionForm';
import { MergePanel } from './MergePanel';
import { ModerationLogPanel } from './ModerationLogPanel';
import { DEFAULT_STATES, QueueCounts } from './QueueCounts';
import { QueueItem, itemLabel } from './QueueItem';
import { RulesEditor } from './RulesEditor';
import '../moderation.css';
import { usePageTitle } from '../../../shared/page-title';

const queueVariables = (organizationId: string, challengeId: string, states: ModerationItemState[], targetType: ModerationTargetType | '') => ({
  organizationId,
  filter: { challengeId, states, targetType: targetType || null },
});

/** The queue's first page, asked for at start-up when this page is opened (app/routes.tsx): after the guard's read, which names the organisation. */
export async function prefetchModerationQueue(client: ApolloClient, params: { challengeId?: string }) {
  const team = await prefetchTeamChallenge(client, params);
  const organization = team?.challenge?.organization;
  if (!organization?.viewerRole || !params.challengeId) return;
  await prefetchQuery(client, MODERATION_QUEUE, queueVariables(organization.id, params.challengeId, DEFAULT_STATES, ''));
}

/** `/manage/challenges/:challengeId/moderation`: the challenge's queue filling in live, the actions, merges, the log and the rules. */
export function ModerationPage() {
  const { t } = useTranslation();
  const challenge = useTeamChallenge();
  usePageTitle(t('controlRoom.moderation'), challenge.title);
  const organizationId = challenge.organization.id;
  const [states, setStates] = useState<ModerationItemState[]>(DEFAULT_STATES);
  const [targetType, setTargetType] = useState<ModerationTargetType | ''>('');
  const [selection, setSelection] = useState<Set<string>>(new Set());
  const [action, setAction] = useState<FormAction>('HIDE');
  const [message, setMessage] = useState('');
  const actionRef = useRef<HTMLSelectElement>(null);
  const { joined, arrived } = useModerationLive(organizationId, challenge.id);
  const variables = queueVariables(organizationId, challenge.id, states, targetType);
  const { data, error, fetchMore } = useQuery(MODERATION_QUEUE, { variables, ...usePrefetchedPolicy(MODERATION_QUEUE, variables) });
  const queue = data?.moderationQueue;
  const items = queue?.edges.map((edge) => edge.node) ?? [];
  const selected = items.filter((item) => selection.has(item.id));
  const allSelected = items.length > 0 && selected.length === items.length;

  const toggle = (id: string) =>
    setSelection((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const actOnOne = (id: string) => {
    setSelection(new Set([id]));
    actionRef.current?.focus();
  };
  const done = (text: string) => {
    setSelection(new Set());
    setMessage(text);
  };

  return (
    <section aria-labelledby="moderation-heading" className="moderation">
      <h1 id="moderation-heading">{t('moderation.title', { title: challenge.title })}</h1>
      <p className="live-note">{joined ? t('moderation.live') : t('moderation.notLive')}</p>
      <p role="status" className="live-note">
        {message || (arrived > 0 ? t('moderation.arrived', { count: arrived }) : '')}
      </p>
      <QueueCounts counts={queue?.counts} states={states} onChange={(next) => (setStates(next), setSelection(new Set()))} />
      <label className="field inline">
        <span>{t('moderation.targetFilter')}</span>
        <select value={targetType} onChange={(event) => (setTargetType(event.target.value as ModerationTargetType | ''), setSelection(new Set()))}>
          <option value="">{t('moderation.allTargets')}</option>
          <option value="IDEA">{t('moderation.target.IDEA')}</option>
          <option value="COMMENT">{t('moderation.target.COMMENT')}</option>
          <option value="USER">{t('moderation.target.USER')}</option>
        </select>
      </label>
      <div className="moderation-grid">
        <section aria-labelledby="queue-heading">
          <h2 id="queue-heading">{t('moderation.queue')}</h2>
          {items.length > 0 && (
            <label className="checkbox">
              <input type="checkbox" checked={allSelected} onChange={() => setSelection(allSelected ? new Set() : new Set(items.map((item) => item.id)))} />{' '}
              {t('moderation.selectAll', { count: items.length })}
            </label>
          )}
          <FormError message={error ? describeProblem(t, problemOf(error)) : null} />
          {data && items.length === 0 && <p>{t('moderation.empty')}</p>}
          <ul className="queue" aria-labelledby="queue-heading">
            {items.map((item) => (
              <QueueItem key={item.id} item={item} selected={selection.has(item.id)} onToggle={() => toggle(item.id)}>
                <button type="button" onClick={() => actOnOne(item.id)} aria-label={t('moderation.actOnOne', { label: itemLabel(item) })}>
                  {t('moderation.act')}
                </button>
              </QueueItem>
            ))}
          </ul>
          {queue?.pageInfo.hasNextPage && (
            <button type="button" onClick={() => void fetchMore({ variables: { after: queue.pageInfo.endCursor } })}>
              {t('common.more')}
            </button>
          )}
        </section>
        <ActionForm ref={actionRef} organizationId={organizationId} selected={selected} action={action} onActionChange={setAction} onDone={done} />
      </div>
      <MergePanel challengeId={challenge.id} onDone={done} />
      <ModerationLogPanel organizationId={organizationId} onDone={done} />
      <RulesEditor organizationId={organizationId} />
    </section>
  );
}
