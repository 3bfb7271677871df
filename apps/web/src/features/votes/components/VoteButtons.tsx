import { useTranslation } from 'react-i18next';
import type { VoteValue } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { useVote } from '../hooks/useVote';

interface Props {
  ideaId: string;
  title: string;
  score: number;
  upvotes: number;
  downvotes: number;
  viewerVote: VoteValue;
  canVote: boolean;
}

/** Two toggle buttons (native, aria-pressed): on the challenge page, so in the first bundle. */
export function VoteButtons({ ideaId, title, score, upvotes, downvotes, viewerVote, canVote }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { vote, error } = useVote(ideaId);
  const tally = t('votes.tally', { up: format.number(upvotes), down: format.number(downvotes) });
  return (
    <div className="vote" role="group" aria-label={t('votes.group', { title })}>
      <button type="button" aria-pressed={viewerVote === 'UP'} disabled={!canVote} onClick={() => void vote('UP')} aria-label={t('votes.up', { title })} className="vote-up">
        <span aria-hidden="true">▲</span>
      </button>
      <span className="score" title={tally}>
        <span className="visually-hidden">{t('votes.scoreLabel')} </span>
        {format.number(score)}
        <span className="visually-hidden"> ({tally})</span>
      </span>
      <button type="button" aria-pressed={viewerVote === 'DOWN'} disabled={!canVote} onClick={() => void vote('DOWN')} aria-label={t('votes.down', { title })} className="vote-down">
        <span aria-hidden="true">▼</span>
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </div>
  );
}
