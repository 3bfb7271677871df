import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormat } from '../../../i18n/format';
import type { ModerationItemFieldsFragment } from '../../../gql/graphql';

export type QueueEntry = ModerationItemFieldsFragment;

/** What a queue item is about, in a few words (an idea's title, a comment's opening, a participant's name). */
export function itemLabel(item: QueueEntry): string {
  if (item.targetType === 'IDEA') return item.idea?.title ?? item.targetId;
  if (item.targetType === 'COMMENT') return (item.comment?.body ?? '').slice(0, 80) || item.targetId;
  return item.author?.displayName ?? item.targetId;
}

/** One item of the queue: its content, why it is here, its mood, and a checkbox to select it. */
export function QueueItem({ item, selected, onToggle, children }: { item: QueueEntry; selected: boolean; onToggle: () => void; children?: ReactNode }) {
  const { t } = useTranslation();
  const format = useFormat();
  const label = itemLabel(item);
  const headingId = `queue-item-${item.id}`;
  return (
    <li className={`queue-item state-${item.state}`} aria-labelledby={headingId}>
      <label className="queue-select">
        <input type="checkbox" checked={selected} onChange={onToggle} />
        <span className="visually-hidden">{t('moderation.select', { label })}</span>
      </label>
      <div className="queue-body">
        <h3 id={headingId}>
          <span className="badge">{t(`moderation.target.${item.targetType}`)}</span>{' '}
          {item.idea && item.targetType === 'IDEA' ? <Link to={`/ideas/${item.idea.id}`}>{label}</Link> : label}
        </h3>
        {item.targetType === 'COMMENT' && item.idea && (
          <p className="muted">{t('moderation.onIdea', { title: item.idea.title })}</p>
        )}
        {item.targetType === 'IDEA' && item.idea?.body && <p className="excerpt">{item.idea.body.slice(0, 280)}</p>}
        {item.targetType === 'COMMENT' && item.comment?.body && <p className="excerpt">{item.comment.body.slice(0, 280)}</p>}
        <p className="muted">
          <span className={`state-label state-${item.state}`}>{t(`moderation.state.${item.state}`)}</span>
          {item.author && <> · {t('moderation.by', { name: item.author.displayName })}</>}
          {' · '}
          <time dateTime={item.updatedAt}>{format.relative(item.updatedAt)}</time>
          {item.sentiment && (
            <>
              {' · '}
              {t('moderation.sentiment', { label: t(`moderation.mood.${item.sentiment.label}`), score: format.number(item.sentiment.score, { maximumFractionDigits: 2 }) })}
            </>
          )}
        </p>
        {item.reporterCount > 0 && (
          <p className="muted">
            {t('moderation.reportedFor', {
              reporters: t('moderation.reporters', { count: item.reporterCount, standing: item.standingReporters }),
              reasons: format.list(item.reasons.map((r) => t('moderation.reasonCount', { reason: t(`moderation.reason.${r.reason}`), count: format.number(r.count) })), 'unit'),
            })}
          </p>
        )}
        {item.rule && <p className="muted">{t('moderation.rule', { rule: item.rule })}</p>}
        {item.reports.some((r) => r.details) && (
          <ul className="report-details">
            {item.reports
              .filter((r) => r.details)
              .map((r, i) => (
                <li key={i}>{t('moderation.reportDetails', { details: r.details })}</li>
              ))}
          </ul>
        )}
        {children}
      </div>
    </li>
  );
}
