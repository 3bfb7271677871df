import type { Socket } from 'socket.io-client';

export interface ReceivedEvent {
  id: string;
  type: string;
  challengeId: string;
  sequence: number;
  occurredAt: string;
  data: Record<string, any>;
}

export const EVENT_TYPES = [
  'challenge.created', 'challenge.updated', 'challenge.phaseChanged', 'idea.created', 'idea.revised', 'idea.voted',
  'idea.statusChanged', 'comment.created', 'comment.edited', 'comment.deleted', 'notification', 'notifications.read',
];

export function connected(socket: Socket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export function join(socket: Socket, target: Record<string, string>, event = 'join'): Promise<any> {
  return socket.timeout(5_000).emitWithAck(event, target);
}

/** Everything a socket receives, in arrival order. */
export function record(socket: Socket): ReceivedEvent[] {
  const received: ReceivedEvent[] = [];
  socket.onAny((type: string, event: ReceivedEvent) => {
    if (EVENT_TYPES.includes(type)) received.push({ ...event, type });
  });
  return received;
}

/** Waits until `predicate` holds over what was received (or fails after `ms`). */
export async function until(received: ReceivedEvent[], predicate: (events: ReceivedEvent[]) => boolean, ms = 5_000): Promise<ReceivedEvent[]> {
  const deadline = Date.now() + ms;
  while (!predicate(received)) {
    if (Date.now() > deadline) throw new Error(`timed out; received: ${JSON.stringify(received.map((e) => [e.type, e.sequence]))}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return received;
}
