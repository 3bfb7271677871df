import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { getSocket, type LiveEvent } from '../../realtime/socket';

/** Moderation events (the organisation's room) and new content of the challenge (pre-moderated content comes this way). */
const TYPES = ['moderation.reported', 'moderation.actioned', 'idea.created', 'comment.created'];
/** Bursts of reports are read back once: the queue and the log at most every REFRESH_MS. */
const REFRESH_MS = 400;

/**
 * Follows the organisation's moderation room while a control-room page is open: on every
 * (re)connection it joins `{ organizationId }`, and each event of the challenge reads the queue,
 * its counts and the log again (the queue's order and counts are the server's). Returns how
 * many events arrived, for a polite live announcement.
 */
export function useModerationLive(organizationId: string, challengeId: string): number {
  const client = useApolloClient();
  const [arrived, setArrived] = useState(0);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const socket = getSocket();
    const join = () => void socket.emit('join', { organizationId });
    const refresh = () => {
      timer.current = null;
      void client.refetchQueries({ include: ['ModerationQueue', 'ModerationLog'] });
    };
    const onEvent = (event: LiveEvent) => {
      if (event.challengeId !== challengeId) return;
      setArrived((n) => n + 1);
      if (!timer.current) timer.current = setTimeout(refresh, REFRESH_MS);
    };
    socket.on('connect', join);
    if (socket.connected) join();
    TYPES.forEach((type) => socket.on(type, onEvent));
    return () => {
      socket.off('connect', join);
      TYPES.forEach((type) => socket.off(type, onEvent));
      if (socket.connected) socket.emit('leave', { organizationId });
      if (timer.current) clearTimeout(timer.current);
    };
  }, [client, organizationId, challengeId]);
  return arrived;
}
