import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSession } from '../../auth/hooks/useSession';
import { THREAD } from '../graphql/comments.graphql';
import { CommentForm } from './CommentForm';
import { CommentItem } from './CommentItem';

interface Props {
  ideaId: string;
  ideaAuthorId: string;
  canComment: boolean;
}

/** The idea's conversation: top-level comments oldest first, replies under each, updated live through the cache. */
export function CommentThread({ ideaId, ideaAuthorId, canComment }: Props) {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const { data, fetchMore } = useQuery(THREAD, { variables: { ideaId } });
  const comments = data?.idea.comments;
  const viewerId = session?.userId ?? null;
  const item = { ideaId, viewerId, canMarkHelpful: viewerId === ideaAuthorId, canComment };
  return (
    <section aria-labelledby="comments-heading" className="comments">
      <h2 id="comments-heading">
        {t('comments.title')} ({data?.idea.commentCount ?? 0})
      </h2>
      {comments && comments.edges.length === 0 && <p>{t('comments.none')}</p>}
      <ul className="thread">
        {comments?.edges.map(({ node }) => (
          <li key={node.id}>
            <CommentItem comment={node} {...item} canReply />
            {node.replies.edges.length > 0 && (
              <ul className="thread">
                {node.replies.edges.map(({ node: reply }) => (
                  <li key={reply.id}>
                    <CommentItem comment={reply} {...item} canReply={false} />
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
      {comments?.pageInfo.hasNextPage && (
        <button type="button" onClick={() => void fetchMore({ variables: { after: comments.pageInfo.endCursor } })}>
          {t('comments.more')}
        </button>
      )}
      {canComment && session && <CommentForm ideaId={ideaId} label={t('comments.add')} />}
      {canComment && !session && (
        <p>
          <Link to={`/signin?next=${encodeURIComponent(location.pathname)}`}>{t('comments.signIn')}</Link>
        </p>
      )}
    </section>
  );
}
