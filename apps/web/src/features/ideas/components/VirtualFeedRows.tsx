import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { CachedIdea, type RowsProps } from './FeedRows';

/**
 * A window of rendered rows over a long feed (@tanstack/react-virtual, heights measured as they
 * render), so a challenge of 11,000 ideas scrolls as one of 20 does. Loaded only once a feed
 * grows past a few pages. Tells the feed when the window nears the end (to fetch the next page).
 */
export default function VirtualFeedRows({ ids, canVote, setSize, onNearEnd }: RowsProps & { onNearEnd: () => void }) {
  const ref = useRef<HTMLDivElement>(null);
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => setMargin(ref.current?.offsetTop ?? 0), []);
  const virtualizer = useWindowVirtualizer({ count: ids.length, estimateSize: () => 180, overscan: 6, scrollMargin: margin });
  const items = virtualizer.getVirtualItems();
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => {
    if (last >= ids.length - 5) onNearEnd();
  }, [last, ids.length, onNearEnd]);
  return (
    <div ref={ref} style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
      {items.map((item) => (
        <article
          key={ids[item.index]}
          data-index={item.index}
          ref={virtualizer.measureElement}
          aria-posinset={item.index + 1}
          aria-setsize={setSize}
          className="feed-item"
          style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <CachedIdea id={ids[item.index]} canVote={canVote} />
        </article>
      ))}
    </div>
  );
}
