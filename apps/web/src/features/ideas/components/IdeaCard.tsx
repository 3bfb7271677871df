import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaCardFieldsFragment } from '../../../gql/graphql';
import { useFormat } from '../../../i18n/format';
import { VoteButtons } from '../../votes/components/VoteButtons';

const EXCERPT = 280;

export function IdeaCard({ idea, canVote }: { idea: IdeaCardFieldsFragment; canVote: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const excerpt = idea.body.length > EXCERPT ? `${idea.body.slice(0, EXCERPT)}…` : idea.body;
  return (
    <div className="idea-card">
      <VoteButtons
        ideaId={idea.id}
        title={idea.title}
        score={idea.score}
        upvotes={idea.upvotes}
        downvotes={idea.downvotes}
        viewerVote={idea.viewerVote}
        canVote={canVote}
      />
      <div className="idea-main">
        <h3>
          <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>
        </h3>
        <p className="muted">
          {t('ideas.byline', { name: idea.author.displayName })} · <time dateTime={idea.createdAt}>{format.relative(idea.createdAt)}</time>
          {idea.status !== 'OPEN' && <> · <span className={`status status-${idea.status.toLowerCase()}`}>{t(`status.${idea.status}`)}</span></>}
        </p>
        <p className="excerpt">{excerpt}</p>
        <p className="muted">
          {t('ideas.comments', { count: idea.commentCount, formatted: format.number(idea.commentCount) })}
          {idea.buildsOn.length > 0 && <> · {t('ideas.buildsOnCount', { count: idea.buildsOn.length })}</>}
          {idea.tags.length > 0 && (
            <>
              {' · '}
              {idea.tags.map((tag) => (
                <span key={tag} className="tag">
                  {tag}
                </span>
              ))}
            </>
          )}
        </p>
      </div>
    </div>
  );
}
