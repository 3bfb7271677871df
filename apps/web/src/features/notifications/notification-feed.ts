import type { ApolloClient } from '@apollo/client';
import { getSocket } from '../realtime/socket';
import { UNREAD_COUNT } from './graphql/notifications.graphql';

interface Pushed {
  id: string;
  data: { unreadCount?: number };
}

let listening: ApolloClient | null = null;
const seen = new Set<string>();

/**
 * The participant's own room pushes each stored notification (with the unread count after it)
 * and each "marked read" (so every tab's bell follows). The count goes into the cache; the
 * inbox list is read again when next shown. The inbox itself is the API's, not this tab's.
 */
export function listenForNotifications(client: ApolloClient): void {
  if (listening === client) return;
  listening = client;
  const socket = getSocket();
  const count = (unread: number | undefined) => {
    if (typeof unread === 'number') client.cache.writeQuery({ query: UNREAD_COUNT, data: { __typename: 'Query', unreadNotificationCount: unread } });
  };
  socket.on('notification', (event: Pushed) => {
    // The relay may publish twice after a crash: the id says it is the same one.
    if (seen.has(event.id)) return;
    seen.add(event.id);
    count(event.data.unreadCount);
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
    client.cache.gc();
  });
  socket.on('notifications.read', (event: Pushed) => {
    count(event.data.unreadCount);
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
    client.cache.gc();
  });
  // After a disconnection, what arrived meanwhile is in the stored inbox: read the count again.
  socket.on('connect', () => void client.query({ query: UNREAD_COUNT, fetchPolicy: 'network-only' }).catch(() => undefined));
}
