import { useTranslation } from 'react-i18next';
import type { ModerationItemState } from '../../../gql/graphql';

export const QUEUE_STATES: ModerationItemState[] = ['REPORTED', 'HELD', 'PENDING', 'FLAGGED', 'HIDDEN', 'RESOLVED'];
export const DEFAULT_STATES: ModerationItemState[] = ['REPORTED', 'HELD', 'PENDING'];

/** Counts per state; each is a toggle of the queue's state filter. */
export function QueueCounts({
  counts,
  states,
  onChange,
}: {
  counts: Record<ModerationItemState, number> | undefined;
  states: ModerationItemState[];
  onChange: (states: ModerationItemState[]) => void;
}) {
  const { t } = useTranslation();
  const toggle = (state: ModerationItemState) => {
    const next = states.includes(state) ? states.filter((s) => s !== state) : [...states, state];
    onChange(next.length === 0 ? DEFAULT_STATES : next);
  };
  return (
    <div role="group" aria-label={t('moderation.counts')} className="queue-counts">
      {QUEUE_STATES.map((state) => (
        <button key={state} type="button" aria-pressed={states.includes(state)} onClick={() => toggle(state)}>
          {t(`moderation.state.${state}`)} <span className="count">{counts?.[state] ?? 0}</span>
        </button>
      ))}
    </div>
  );
}
