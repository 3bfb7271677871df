import { useCallback, useState } from 'react';
import { useChallengeLive } from '../../realtime/hooks/useChallengeLive';

/**
 * Ideas proposed while the reader is on the feed wait behind a button rather than push the list
 * down under them; pressing it shows them on top. Only ids are kept here: the ideas themselves
 * are in the cache (written from the event).
 */
export function useNewIdeas(challengeId: string) {
  const [waiting, setWaiting] = useState<string[]>([]);
  const [shown, setShown] = useState<string[]>([]);
  const onNewIdea = useCallback((id: string) => setWaiting((ids) => (ids.includes(id) ? ids : [id, ...ids])), []);
  useChallengeLive(challengeId, onNewIdea);
  const reveal = useCallback(() => {
    setShown((ids) => [...waiting, ...ids]);
    setWaiting([]);
  }, [waiting]);
  return { waiting, shown, reveal };
}
