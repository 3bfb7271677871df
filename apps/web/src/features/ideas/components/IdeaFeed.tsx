import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaOrder } from '../../../gql/graphql';
import { useReadAgainAsParticipant } from '../../../app/first-page';
import { usePrefetchedPolicy } from '../../../shared/prefetch';
import { IDEAS_FEED } from '../graphql/ideas.graphql';
import { useNewIdeas } from '../hooks/useNewIdeas';
import { FeedRows } from './FeedRows';

const VirtualFeedRows = lazy(() => import('./VirtualFeedRows'));

/** Past this many rows the feed renders a window of them instead of all. */
const VIRTUAL_FROM = 60;

interface Props {
  challengeId: string;
  orderBy: IdeaOrder;
  search: string;
  canVote: boolean;
  label: string;
}

/**
 * The ideas of a challenge, 20 a page by cursor (an ARIA feed). The first pages render as they
 * are; a longer feed renders a window of rows. The next page comes as the reader nears the end
 * (an observer on the list's end, or the virtual window), or with the button (keyboard users).
 */
export function IdeaFeed({ challengeId, orderBy, search, canVote, label }: Props) {
  const { t } = useTranslation();
  const variables = { challengeId, orderBy, search: search || undefined };
  const policy = usePrefetchedPolicy(IDEAS_FEED, variables);
  const { data, loading, error, fetchMore, refetch } = useQuery(IDEAS_FEED, { variables, ...policy });
  useReadAgainAsParticipant(policy.fetchPolicy, refetch);
  const { waiting, shown, reveal } = useNewIdeas(challengeId);
  const [fetching, setFetching] = useState(false);
  const end = useRef<HTMLDivElement>(null);
  const top = useRef<HTMLDivElement>(null);

  const connection = data?.ideas;
  const ids = useMemo(() => {
    const fresh = search ? [] : shown;
    const listed = (connection?.edges ?? []).map((edge) => edge.node.id).filter((id) => !fresh.includes(id));
    return [...fresh, ...listed];
  }, [connection, shown, search]);
  const hasMore = connection?.pageInfo.hasNextPage ?? false;
  const setSize = hasMore ? -1 : ids.length;

  const more = useCallback(async () => {
    if (!connection || fetching || !connection.pageInfo.hasNextPage) return;
    setFetching(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setFetching(false);
    }
  }, [connection, fetching, fetchMore]);

  const virtual = ids.length > VIRTUAL_FROM;
  useEffect(() => {
    if (virtual || !end.current) return;
    const observer = new IntersectionObserver((entries) => entries[0].isIntersecting && void more(), { rootMargin: '600px' });
    observer.observe(end.current);
    return () => observer.disconnect();
  }, [virtual, more]);

  return (
    <div className="feed-wrap" ref={top}>
      {waiting.length > 0 && !search && (
        <button
          type="button"
          className="new-ideas"
          onClick={() => {
            reveal();
            top.current?.scrollIntoView({ block: 'start' });
          }}
        >
          {t('ideas.newIdeas', { count: waiting.length })}
        </button>
      )}
      {error && <p role="alert">{t('errors.network')}</p>}
      {loading && !connection && <p role="status">{t('common.loading')}</p>}
      {connection && ids.length === 0 && <p>{search ? t('ideas.noMatch', { search }) : t('ideas.none')}</p>}
      <div role="feed" aria-label={label} aria-busy={fetching} className="feed">
        {virtual ? (
          <Suspense fallback={<FeedRows ids={ids.slice(0, VIRTUAL_FROM)} canVote={canVote} setSize={setSize} />}>
            <VirtualFeedRows ids={ids} canVote={canVote} setSize={setSize} onNearEnd={() => void more()} />
          </Suspense>
        ) : (
          <FeedRows ids={ids} canVote={canVote} setSize={setSize} />
        )}
      </div>
      <div ref={end} />
      {hasMore && (
        <button type="button" onClick={() => void more()} aria-disabled={fetching}>
          {t('ideas.more')}
        </button>
      )}
    </div>
  );
}
