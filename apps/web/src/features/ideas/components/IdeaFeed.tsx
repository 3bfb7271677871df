import { useFragment, useQuery } from '@apollo/client/react';
import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdeaOrder } from '../../../gql/graphql';
import { IDEA_CARD_FIELDS } from '../graphql/idea-fields.graphql';
import { IDEAS_FEED } from '../graphql/ideas.graphql';
import { useNewIdeas } from '../hooks/useNewIdeas';
import { IdeaCard } from './IdeaCard';

interface Props {
  challengeId: string;
  orderBy: IdeaOrder;
  search: string;
  canVote: boolean;
  label: string;
}

function CachedIdea({ id, canVote }: { id: string; canVote: boolean }) {
  const { data, complete } = useFragment({ fragment: IDEA_CARD_FIELDS, from: { __typename: 'Idea', id } });
  return complete ? <IdeaCard idea={data} canVote={canVote} /> : null;
}

/**
 * The ideas of a challenge, 20 a page by cursor, in a window of rendered rows over the whole
 * list (@tanstack/react-virtual), so a challenge of 11,000 ideas scrolls as one of 20 does.
 * The next page is asked for as the window nears the end, or with the button (keyboard users).
 */
export function IdeaFeed({ challengeId, orderBy, search, canVote, label }: Props) {
  const { t } = useTranslation();
  const { data, loading, error, fetchMore } = useQuery(IDEAS_FEED, { variables: { challengeId, orderBy, search: search || undefined } });
  const { waiting, shown, reveal } = useNewIdeas(challengeId);
  const listRef = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  const [fetching, setFetching] = useState(false);

  const connection = data?.ideas;
  const rows = useMemo(() => {
    const fresh = search ? [] : shown;
    const listed = (connection?.edges ?? []).map((edge) => edge.node.id).filter((id) => !fresh.includes(id));
    return [...fresh, ...listed];
  }, [connection, shown, search]);

  useLayoutEffect(() => setMargin(listRef.current?.offsetTop ?? 0), []);
  const virtualizer = useWindowVirtualizer({ count: rows.length, estimateSize: () => 180, overscan: 6, scrollMargin: margin });
  const items = virtualizer.getVirtualItems();
  const hasMore = connection?.pageInfo.hasNextPage ?? false;

  const more = async () => {
    if (!connection || fetching) return;
    setFetching(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setFetching(false);
    }
  };
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (hasMore && !fetching && last >= rows.length - 5) void more();
  }, [last, rows.length, hasMore, fetching]);

  return (
    <div className="feed-wrap">
      {waiting.length > 0 && !search && (
        <button
          type="button"
          className="new-ideas"
          onClick={() => {
            reveal();
            window.scrollTo({ top: Math.max(0, margin - 120) });
          }}
        >
          {t('ideas.newIdeas', { count: waiting.length })}
        </button>
      )}
      {error && <p role="alert">{t('errors.network')}</p>}
      {loading && !connection && <p role="status">{t('common.loading')}</p>}
      {connection && rows.length === 0 && <p>{search ? t('ideas.noMatch', { search }) : t('ideas.none')}</p>}
      <div ref={listRef} role="feed" aria-label={label} aria-busy={fetching} className="feed" style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => (
          <article
            key={rows[item.index]}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-posinset={item.index + 1}
            aria-setsize={hasMore ? -1 : rows.length}
            className="feed-item"
            style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
          >
            <CachedIdea id={rows[item.index]} canVote={canVote} />
          </article>
        ))}
      </div>
      {hasMore && (
        <button type="button" onClick={() => void more()} aria-disabled={fetching}>
          {t('ideas.more')}
        </button>
      )}
    </div>
  );
}
