import { io, type Socket } from 'socket.io-client';
import { accessToken, refresh, subscribe as onSession } from '../auth/session';
import { setStatus } from './link-status';

export interface LiveEvent {
  id: string;
  type: string;
  challengeId: string;
  sequence: number;
  occurredAt: string;
  data: Record<string, unknown>;
}

let socket: Socket | null = null;
let lastToken: string | null = null;

/**
 * The tab's one socket.io connection, on the page's own origin. socket.io reconnects by itself
 * after a drop or a server restart; `auth` is read again at each attempt, so a refreshed token
 * is used. The browser's own offline/online signal closes and reopens it at once rather than
 * waiting for a ping to time out.
 */
export function getSocket(): Socket {
  if (socket) return socket;
  const s = io({
    transports: ['websocket'],
    auth: (cb) => cb(accessToken() ? { token: accessToken() } : {}),
    reconnectionDelay: 500,
    reconnectionDelayMax: 5_000,
  });
  socket = s;
  lastToken = accessToken();
  s.on('connect', () => setStatus('online'));
  s.on('disconnect', () => setStatus('offline'));
  s.on('connect_error', (error: Error & { data?: { code?: string } }) => {
    setStatus('offline');
    // An expired token: refresh, then try again (socket.io does not retry a refused handshake).
    if (error.data?.code === 'UNAUTHENTICATED') void refresh().finally(() => s.connect());
  });
  window.addEventListener('offline', () => {
    setStatus('offline');
    s.disconnect();
  });
  window.addEventListener('online', () => s.connect());
  // Signing in or out changes who the socket is (personal notifications): reconnect as them.
  onSession(() => {
    const token = accessToken();
    const who = (t: string | null) => (t ? JSON.parse(atob(t.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))).sub : null);
    if (who(token) === who(lastToken)) {
      lastToken = token;
      return;
    }
    lastToken = token;
    s.disconnect().connect();
  });
  return s;
}
