import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { allows } from '../../challenges/phase-rules';
import { useChallengeLive } from '../../realtime/hooks/useChallengeLive';
import { VoteButtons } from '../../votes/components/VoteButtons';
import { IDEA } from '../graphql/ideas.graphql';

export function IdeaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { ideaId = '' } = useParams();
  const { data, error } = useQuery(IDEA, { variables: { id: ideaId } });
  const idea = data?.idea;
  useChallengeLive(idea?.challenge.id);
  if (error && !idea) return <p role="alert">{t('errors.notFound')}</p>;
  if (!idea) return <p role="status">{t('common.loading')}</p>;
  return (
    <article className="idea-page">
      <p>
        <Link to={`/challenges/${idea.challenge.id}`}>{idea.challenge.title}</Link>
      </p>
      <div className="idea-title">
        <VoteButtons
          ideaId={idea.id}
          title={idea.title}
          score={idea.score}
          upvotes={idea.upvotes}
          downvotes={idea.downvotes}
          viewerVote={idea.viewerVote}
          canVote={allows(idea.challenge.phase, 'vote')}
        />
        <h1>{idea.title}</h1>
      </div>
      <p className="muted">
        {t('ideas.byline', { name: idea.author.displayName })} · <time dateTime={idea.createdAt}>{format.date(idea.createdAt)}</time>
      </p>
      <p className="prewrap">{idea.body}</p>
    </article>
  );
}
