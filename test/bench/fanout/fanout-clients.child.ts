import { io, Socket } from 'socket.io-client';
import { WebSocket } from 'ws';
import { serve } from './child-rpc';
import { LatencyHistogram } from './latency-histogram';

// A fleet of clients in a process of its own (the bench runs several), each counting what it
// receives and the latency of each delivery: arrival time minus the event's `occurredAt` (for
// Pollen the vote's transaction time, so commit-to-delivery plus the transaction's few ms; for
// the references the moment the broadcast started). Same machine, same clock. Clients read only
// the `occurredAt` of what they receive, except the one whose messages are kept for the replay.

interface Fleet {
  /**
   * `socket.io`: socket.io's wire protocol over a plain `ws` WebSocket (engine.io 4 open, `40`
   * connect, `42` events, `3` answers to pings, `43` acknowledgements), so a socket.io client
   * costs its process what a `ws` reference client does: one JSON.parse per message. With the
   * socket.io-client library (`socket.io-client`), on this 2-core machine, the client processes
   * took the CPU the servers needed: seconds of latency at 10,000 clients, for either server.
   */
  kind: 'socket.io' | 'socket.io-client' | 'ws';
  url: string;
  count: number;
  /** socket.io only: what to join (`{ challengeId }` for Pollen, anything for the reference). */
  join: Record<string, string>;
  /** Connections being opened at once. */
  concurrency: number;
  /** Keep the events the first client receives (the messages the references replay). */
  capture: boolean;
}

const histogram = new LatencyHistogram();
let received: Uint32Array = new Uint32Array(0);
let captured: Array<[string, unknown]> = [];
let capturing = false;
let disconnects = 0;
let serverErrors = 0;
const closers: Array<() => void> = [];

function delivered(index: number, name: string, event: { occurredAt: string }): void {
  histogram.add(Date.now() - Date.parse(event.occurredAt));
  received[index]++;
  if (capturing && index === 0) captured.push([name, event]);
}

const OCCURRED_AT = '"occurredAt":"';

/**
 * A message's latency without parsing it: its `occurredAt`, found by position. At 10,000 clients
 * the fleets take 100,000 messages a second on the same two cores as the servers; a JSON.parse of
 * each made them, not the server measured, the bottleneck. The client whose messages are kept
 * for the replay parses them whole (`delivered`).
 */
function arrived(index: number, text: string, from: number): void {
  const at = text.indexOf(OCCURRED_AT, from) + OCCURRED_AT.length;
  histogram.add(Date.now() - Date.parse(text.slice(at, text.indexOf('"', at))));
  received[index]++;
}

function openSocketIo(fleet: Fleet, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket: Socket = io(fleet.url, { transports: ['websocket'], forceNew: true, reconnection: false, timeout: 60_000 });
    closers.push(() => socket.close());
    socket.on('idea.voted', (event: { occurredAt: string }) => delivered(index, 'idea.voted', event));
    socket.on('server.error', () => serverErrors++);
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      socket.on('disconnect', () => disconnects++);
      socket
        .timeout(60_000)
        .emitWithAck('join', fleet.join)
        .then((answer: { ok: boolean; error?: { message: string } }) => (answer.ok ? resolve() : reject(new Error(answer.error?.message))), reject);
    });
  });
}

function openSocketIoWire(fleet: Fleet, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${fleet.url.replace(/^http/, 'ws')}/socket.io/?EIO=4&transport=websocket`, { perMessageDeflate: false });
    closers.push(() => socket.terminate());
    socket.on('message', (data) => {
      const text = data.toString();
      if (text.startsWith('42')) {
        if (text.startsWith('42["server.error"')) serverErrors++;
        else if (index > 0 || !capturing) arrived(index, text, 2);
        else {
          const [name, event] = JSON.parse(text.slice(2)) as [string, { occurredAt: string }];
          delivered(index, name, event);
        }
      } else if (text === '2') {
        socket.send('3');
      } else if (text.startsWith('0')) {
        socket.send('40');
      } else if (text.startsWith('40')) {
        socket.send(`421${JSON.stringify(['join', fleet.join])}`);
      } else if (text.startsWith('431')) {
        const [answer] = JSON.parse(text.slice(3)) as [{ ok: boolean; error?: { message: string } }];
        if (answer.ok) resolve();
        else reject(new Error(answer.error?.message));
      } else if (text.startsWith('44')) {
        reject(new Error(`connect_error ${text.slice(2)}`));
      }
    });
    socket.once('error', reject);
    socket.once('open', () => socket.on('close', () => disconnects++));
  });
}

function openWs(fleet: Fleet, index: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(fleet.url.replace(/^http/, 'ws'), { perMessageDeflate: false });
    closers.push(() => socket.terminate());
    socket.on('message', (data) => {
      const text = data.toString();
      if (index > 0 || !capturing) arrived(index, text, 0);
      else {
        const [name, event] = JSON.parse(text) as [string, { occurredAt: string }];
        delivered(index, name, event);
      }
    });
    socket.once('error', reject);
    socket.once('open', () => {
      socket.on('close', () => disconnects++);
      resolve();
    });
  });
}

async function connect(fleet: Fleet): Promise<{ connected: number; failed: number; firstError: string | null }> {
  received = new Uint32Array(fleet.count);
  let nextIndex = 0;
  let connected = 0;
  let failed = 0;
  let firstError: string | null = null;
  const worker = async () => {
    while (nextIndex < fleet.count) {
      const index = nextIndex++;
      try {
        const open = { ws: openWs, 'socket.io': openSocketIoWire, 'socket.io-client': openSocketIo }[fleet.kind];
        await open(fleet, index);
        connected++;
      } catch (error) {
        failed++;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: fleet.concurrency }, worker));
  capturing = fleet.capture;
  return { connected, failed, firstError };
}

/** Forgets what arrived so far (the join phase), so the report covers the measured broadcast only. */
function arm(): void {
  histogram.reset();
  received.fill(0);
  captured = [];
  disconnects = 0;
  serverErrors = 0;
}

function report() {
  let min = Infinity;
  let max = 0;
  let total = 0;
  for (const count of received) {
    min = Math.min(min, count);
    max = Math.max(max, count);
    total += count;
  }
  return { deliveries: total, minPerClient: received.length ? min : 0, maxPerClient: max, histogram: histogram.toJSON(), captured, disconnects, serverErrors };
}

serve({ connect, arm, report }, async () => {
  closers.forEach((close) => close());
});
