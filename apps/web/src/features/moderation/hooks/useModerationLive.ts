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
 * its counts and the log again (the queue's order and counts are the server's). Returns whether
 * the room is joined and how many events arrived, for a polite live announcement.
 */
export function useModerationLive(organizationId: string, challengeId: string): { joined: boolean; arrived: number } {
  const client = useApolloClient();
  const [arrived, setArrived] = useState(0);
  const [joined, setJoined] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => {
    const socket = getSocket();
    const join = () =>
      void socket.emitWithAck('join', { organizationId }).then((answer: { ok?: boolean }) => {
        setJoined(answer?.ok === true);
        // Anything that happened before the room was joined is in the queue read now.
        if (answer?.ok) void client.refetchQueries({ include: ['ModerationQueue'] });
      }, () => undefined); // disconnected before the answer (a reconnection as the reader, once the session is known): the next connect joins again
    const left = () => setJoined(false);
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
    socket.on('disconnect', left);
    if (socket.connected) join();
    TYPES.forEach((type) => socket.on(type, onEvent));
    return () => {
      socket.off('connect', join);
      socket.off('disconnect', left);
      TYPES.forEach((type) => socket.off(type, onEvent));
      if (socket.connected) socket.emit('leave', { organizationId });
      if (timer.current) clearTimeout(timer.current);
    };
  }, [client, organizationId, challengeId]);
  return { joined, arrived };
}
