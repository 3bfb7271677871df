import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';

/**
 * While mounted, the challenge's events are written into the cache (shared by every component
 * that asks). socket.io is loaded here, after the page has shown its ideas: nothing on screen
 * waits for it.
 */
export function useChallengeLive(challengeId: string | undefined, onNewIdea?: (ideaId: string) => void): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!challengeId) return;
    let release: (() => void) | undefined;
    let cancelled = false;
    void import('../challenge-feed').then(({ challengeStream }) => {
      if (cancelled) return;
      const stream = challengeStream(client, challengeId);
      stream.retain();
      if (onNewIdea) stream.newIdeas.add(onNewIdea);
      release = () => {
        if (onNewIdea) stream.newIdeas.delete(onNewIdea);
        stream.release();
      };
    });
    return () => {
      cancelled = true;
      release?.();
    };
  }, [client, challengeId, onNewIdea]);
}
