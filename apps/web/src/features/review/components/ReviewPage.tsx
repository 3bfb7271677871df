import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaStatus, ReviewOrder } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { useTeamChallenge } from '../../control-room/team-context';
import { REVIEW_BOARD } from '../graphql/review.graphql';
import { DecisionForm } from './DecisionForm';
import '../review.css';
import { usePageTitle } from '../../../shared/page-title';

const ORDERS: ReviewOrder[] = ['SCORE', 'DIVISIVENESS', 'MOST_POSITIVE', 'MOST_NEGATIVE'];
const STATUSES: IdeaStatus[] = ['OPEN', 'SHORTLISTED', 'ADOPTED', 'REJECTED'];

/** `/manage/challenges/:challengeId/review`: the review board, by score, divisiveness or sentiment, with decisions. */
export function ReviewPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const challenge = useTeamChallenge();
  usePageTitle(t('controlRoom.review'), challenge.title);
  const [orderBy, setOrderBy] = useState<ReviewOrder>('SCORE');
  const [status, setStatus] = useState<IdeaStatus | ''>('');
  const [message, setMessage] = useState('');
  const { data, fetchMore } = useQuery(REVIEW_BOARD, {
    variables: { challengeId: challenge.id, orderBy, status: status || null },
    fetchPolicy: 'cache-and-network',
  });
  const ideas = data?.reviewBoard.edges.map((edge) => edge.node) ?? [];
  return (
    <section aria-labelledby="review-heading" className="review">
      <h1 id="review-heading">{t('review.title', { title: challenge.title })}</h1>
      {challenge.phase !== 'REVIEW' && <p className="notice">{t('review.notInReview', { phase: t(`phase.${challenge.phase}`) })}</p>}
      <p role="status" className="live-note">
        {message}
      </p>
      <div className="review-controls">
        <div role="group" aria-label={t('review.sort')} className="queue-counts">
          {ORDERS.map((order) => (
            <button key={order} type="button" aria-pressed={orderBy === order} onClick={() => setOrderBy(order)}>
              {t(`review.order.${order}`)}
            </button>
          ))}
        </div>
        <label className="field inline">
          <span>{t('review.statusFilter')}</span>
          <select value={status} onChange={(event) => setStatus(event.target.value as IdeaStatus | '')}>
            <option value="">{t('review.allStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {data && ideas.length === 0 && <p>{t('review.empty')}</p>}
      <ol className="review-board" aria-label={t('review.board', { order: t(`review.order.${orderBy}`) })}>
        {ideas.map((idea) => (
          <li key={idea.id} className="review-card" aria-labelledby={`review-${idea.id}`}>
            <h2 id={`review-${idea.id}`}>
              <Link to={`/ideas/${idea.id}`}>{idea.title}</Link> <span className={`status status-${idea.status}`}>{t(`status.${idea.status}`)}</span>
            </h2>
            <p className="muted">
              {t('moderation.by', { name: idea.author.displayName })} · {t('moderation.tally', { score: format.number(idea.score), up: format.number(idea.upvotes), down: format.number(idea.downvotes) })} ·{' '}
              {t('moderation.comments', { count: idea.commentCount })}
              {idea.sentiment && (
                <>
                  {' · '}
                  {t('moderation.sentiment', { label: t(`moderation.mood.${idea.sentiment.label}`), score: format.number(idea.sentiment.score, { maximumFractionDigits: 2 }) })}
                </>
              )}
            </p>
            <p className="excerpt">{idea.body.slice(0, 240)}</p>
            {idea.decisions.length > 0 && (
              <ul className="muted decisions">
                {idea.decisions.map((decision) => (
                  <li key={decision.id}>
                    {t('review.decisionWithReason', { status: t(`status.${decision.to}`), reason: decision.reason })}
                  </li>
                ))}
              </ul>
            )}
            {challenge.phase === 'REVIEW' && <DecisionForm ideaId={idea.id} title={idea.title} status={idea.status} onDone={setMessage} />}
          </li>
        ))}
      </ol>
      {data?.reviewBoard.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: data.reviewBoard.pageInfo.endCursor } })}>
          {t('common.more')}
        </button>
      )}
    </section>
  );
}
