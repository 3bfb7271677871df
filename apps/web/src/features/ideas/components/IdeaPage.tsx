import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useFormat } from '../../../i18n/format';
import { useSession } from '../../auth/hooks/useSession';
import { allows } from '../../challenges/phase-rules';
import { CoAuthorsPanel } from '../../coauthors/components/CoAuthorsPanel';
import { CommentThread } from '../../comments/components/CommentThread';
import { THREAD } from '../../comments/graphql/comments.graphql';
import { useChallengeLive } from '../../realtime/hooks/useChallengeLive';
import { VoteButtons } from '../../votes/components/VoteButtons';
import { IDEA } from '../graphql/ideas.graphql';
import { LineageGraph } from './LineageGraph';
import { ReviseDialog } from './ReviseDialog';
import { ReportDialog } from '../../moderation/components/ReportDialog';
import { RevisionHistory } from './RevisionHistory';
import { usePageTitle } from '../../../shared/page-title';

export function IdeaPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const session = useSession();
  const { ideaId = '' } = useParams();
  const { data, error } = useQuery(IDEA, { variables: { id: ideaId } });
  const thread = useQuery(THREAD, { variables: { ideaId } });
  const idea = data?.idea;
  usePageTitle(idea?.challenge ? idea.title : error ? t('notFound.title') : undefined, idea?.challenge?.title);
  useChallengeLive(idea?.challenge.id);
  const commenters = useMemo(() => {
    const people = new Map<string, { id: string; displayName: string }>();
    for (const { node } of thread.data?.idea.comments.edges ?? []) {
      for (const c of [node, ...node.replies.edges.map((e) => e.node)]) if (c.author && c.author.id !== session?.userId) people.set(c.author.id, c.author);
    }
    return [...people.values()];
  }, [thread.data, session?.userId]);

  if (error && !idea) return <p role="alert">{t('errors.notFound')}</p>;
  if (!idea?.challenge) return <p role="status">{t('common.loading')}</p>;
  const phase = idea.challenge.phase;
  const isAuthor = session !== null && idea.authors.some((a) => a.accepted && a.user.id === session.userId);

  return (
    <article className="idea-page" aria-labelledby="idea-title">
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
          canVote={allows(phase, 'vote')}
        />
        <h1 id="idea-title">{idea.title}</h1>
      </div>
      <p className="muted">
        {t('ideas.byline', { name: idea.author.displayName })} · <time dateTime={idea.createdAt}>{format.date(idea.createdAt)}</time>
        {idea.revision > 1 && <> · {t('idea.revised', { revision: idea.revision })}</>}
        {idea.status !== 'OPEN' && <> · <strong>{t(`status.${idea.status}`)}</strong></>}
      </p>
      <p className="prewrap">{idea.body}</p>
      {idea.tags.length > 0 && (
        <p>
          {idea.tags.map((tag) => (
            <span key={tag} className="tag">
              {tag}
            </span>
          ))}
        </p>
      )}
      <div className="actions">
        {allows(phase, 'propose') && (
          <Link className="button" to={`/challenges/${idea.challenge.id}/propose?buildsOn=${idea.id}`}>
            {t('idea.buildOn')}
          </Link>
        )}
        {isAuthor && allows(phase, 'revise') && <ReviseDialog idea={idea} />}
        {session && !isAuthor && <ReportDialog ideaId={idea.id} />}
      </div>
      <RevisionHistory revisions={idea.revisions} />
      {idea.decisions.length > 0 && (
        <section aria-labelledby="decisions-heading">
          <h2 id="decisions-heading">{t('idea.decisions')}</h2>
          <ul>
            {idea.decisions.map((d) => (
              <li key={d.id}>{t('idea.decision', { from: t(`status.${d.from}`), to: t(`status.${d.to}`), reason: d.reason })}</li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="lineage-heading">
        <h2 id="lineage-heading">{t('idea.lineage')}</h2>
        <LineageGraph idea={idea} parents={idea.buildsOn} children={idea.builtUponBy} />
      </section>
      <CoAuthorsPanel idea={idea} viewerId={session?.userId ?? null} candidates={commenters} />
      <CommentThread ideaId={idea.id} ideaAuthorId={idea.author.id} canComment={allows(phase, 'comment')} />
    </article>
  );
}
