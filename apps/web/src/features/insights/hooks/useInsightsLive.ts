import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef } from 'react';

/** A read waits this long after an event: the insights consumer counts it off the request path. */
const FIRST_READ_MS = 1_500;
/** At most one read in this long, however busy the challenge. */
const MIN_GAP_MS = 5_000;
/** One more read once events stop, for what the consumer counted after the last read. */
const SETTLE_MS = 6_000;

/**
 * While the challenge runs, its socket events (ideas, votes, comments) make the dashboard read its
 * figures again — throttled: a read 1.5 s after an event, at most one per 5 s, and one more after
 * the last event. Never a poll: a quiet challenge costs nothing.
 */
export function useInsightsLive(challengeId: string, live: boolean, refetch: () => unknown): void {
  const client = useApolloClient();
  const read = useRef(refetch);
  read.current = refetch;
  useEffect(() => {
    if (!live) return;
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastEventAt = 0;
    let lastReadAt = 0;
    let release: (() => void) | undefined;
    let cancelled = false;
    const tick = () => {
      timer = null;
      lastReadAt = Date.now();
      void read.current();
      if (Date.now() - lastEventAt < SETTLE_MS) schedule();
    };
    const schedule = () => {
      if (timer) return;
      timer = setTimeout(tick, Math.max(FIRST_READ_MS, lastReadAt + MIN_GAP_MS - Date.now()));
    };
    const onEvent = () => {
      lastEventAt = Date.now();
      schedule();
    };
    void import('../../realtime/challenge-feed').then(({ challengeStream }) => {
      if (cancelled) return;
      const stream = challengeStream(client, challengeId);
      stream.retain();
      stream.applied.add(onEvent);
      release = () => {
        stream.applied.delete(onEvent);
        stream.release();
      };
    });
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      release?.();
    };
  }, [client, challengeId, live]);
}
