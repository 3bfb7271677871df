import type { MouseEvent } from 'react';
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

/**
 * Two toggle buttons (native, aria-pressed): on the challenge page, so in the first bundle. They
 * sit in a form that casts the vote without script (POST /auth/vote, with the session cookie),
 * as the API draws them before the client runs (apps/api/src/web/first-paint.ts); once the
 * client runs, a press is the optimistic vote and the form is never sent.
 */
export function VoteButtons({ ideaId, title, score, upvotes, downvotes, viewerVote, canVote }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const { vote, error } = useVote(ideaId);
  const tally = t('votes.tally', { up: format.number(upvotes), down: format.number(downvotes) });
  const press = (choice: VoteValue) => (event: MouseEvent) => {
    event.preventDefault();
    void vote(choice);
  };
  return (
    <form className="vote" method="post" action="/auth/vote" role="group" aria-label={t('votes.group', { title })}>
      <input type="hidden" name="ideaId" value={ideaId} />
      <input type="hidden" name="return" value={location.pathname + location.search} />
      <button type="submit" name="value" value={viewerVote === 'UP' ? 'NONE' : 'UP'} aria-pressed={viewerVote === 'UP'} disabled={!canVote} onClick={press('UP')} aria-label={t('votes.up', { title })} className="vote-up">
        <span aria-hidden="true">▲</span>
      </button>
      <span className="score" title={tally}>
        <span className="visually-hidden">{t('votes.scoreLabel')} </span>
        {format.number(score)}
        <span className="visually-hidden"> ({tally})</span>
      </span>
      <button type="submit" name="value" value={viewerVote === 'DOWN' ? 'NONE' : 'DOWN'} aria-pressed={viewerVote === 'DOWN'} disabled={!canVote} onClick={press('DOWN')} aria-label={t('votes.down', { title })} className="vote-down">
        <span aria-hidden="true">▼</span>
      </button>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </form>
  );
}
