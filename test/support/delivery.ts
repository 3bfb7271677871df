import { io, Socket } from 'socket.io-client';
import { graphql } from '../gql';
import type { GqlResult } from '../setup/test-app';
import { send } from './graphql';
import { ReceivedEvent, connected, join, record } from './sockets';

const EVENTS = graphql(`query DeliveryCatchUp($c: ID!, $a: Int!) { challengeEvents(challengeId: $c, afterSequence: $a, first: 100) { id type challengeId sequence occurredAt data } }`);

type Api = { url: string; gql(query: string, variables?: Record<string, unknown>, token?: string): Promise<GqlResult> };

/** A socket.io client of `api` that follows a challenge, and what it receives (closed by `close`). */
export async function follow(api: Api, token: string, challengeId: string, sockets: Socket[]): Promise<ReceivedEvent[]> {
  const socket = io(api.url, { auth: { token }, transports: ['websocket'], forceNew: true, reconnection: false });
  sockets.push(socket);
  await connected(socket);
  const received = record(socket);
  const answer = await join(socket, { challengeId });
  if (!answer.ok) throw new Error(`join refused: ${JSON.stringify(answer)}`);
  return received;
}

/** The latest tally a client holds for an idea (what its view shows). */
export function tallyOf(events: ReceivedEvent[], ideaId: string): Record<string, unknown> | undefined {
  return events.filter((e) => e.type === 'idea.voted' && e.data.ideaId === ideaId).pop()?.data;
}

/**
 * The README's contract on one socket: events in increasing sequence, tallies included; the only
 * exception allowed is a repeat (same id, same sequence) around a relay's hand-over, which the
 * client drops. Answers what the client applies by the README's rule.
 */
export function expectInOrderOnce(events: ReceivedEvent[]): ReceivedEvent[] {
  const kept: ReceivedEvent[] = [];
  for (const event of events) {
    const last = kept[kept.length - 1];
    if (!last || event.sequence > last.sequence) kept.push(event);
    else if (!kept.some((e) => e.id === event.id && e.sequence === event.sequence)) {
      throw new Error(`out of sequence: ${JSON.stringify(events.map((e) => [e.type, e.sequence]))}`);
    }
  }
  return kept;
}

/** Every event of the challenge after `afterSequence`, as a client catching up reads them (pages of 100, the default). */
export async function catchUp(api: Api, challengeId: string, afterSequence = 0): Promise<ReceivedEvent[]> {
  const out: ReceivedEvent[] = [];
  for (let after = afterSequence; ; ) {
    const res = await send(api, undefined, EVENTS, { c: challengeId, a: after });
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const page = res.data.challengeEvents as ReceivedEvent[];
    out.push(...page);
    if (page.length < 100) return out;
    after = page[page.length - 1].sequence;
  }
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
