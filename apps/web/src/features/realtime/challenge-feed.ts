import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import { applyEvent } from './apply-event';
import { getSocket, type LiveEvent } from './socket';

const CATCH_UP = graphql(`
  query CatchUp($challengeId: ID!, $afterSequence: Int!) {
    challengeEvents(challengeId: $challengeId, afterSequence: $afterSequence, first: 100) {
      id
      type
      challengeId
      sequence
      occurredAt
      data
    }
  }
`);

/** A page of missed events: the API prices each at its fields (data weighs 10), so 100 stays well within its cost limit of 2,000. */
const CATCH_UP_PAGE = 100;

const EVENT_TYPES = [
  'idea.created',
  'idea.revised',
  'idea.voted',
  'idea.statusChanged',
  'comment.created',
  'comment.edited',
  'comment.deleted',
  'challenge.phaseChanged',
  'challenge.updated',
  'moderation.actioned',
];

type NewIdeaListener = (ideaId: string) => void;

/**
 * One challenge's live stream: its room joined on every (re)connection, the last sequence
 * applied, and catch-up from that sequence after a disconnection. Events are applied once, in
 * order: one at or below the last sequence is dropped; live events that arrive during a
 * catch-up wait for it.
 */
class ChallengeStream {
  lastSequence = 0;
  private users = 0;
  private catchingUp: Promise<void> | null = null;
  private waiting: LiveEvent[] = [];
  private joinedOnce = false;
  readonly newIdeas = new Set<NewIdeaListener>();
  /** Told of every event applied (the insights dashboard reads its figures again). */
  readonly applied = new Set<(event: LiveEvent) => void>();

  constructor(
    private readonly client: ApolloClient,
    readonly challengeId: string,
  ) {}

  retain(): void {
    if (this.users++ === 0) {
      const socket = getSocket();
      socket.on('connect', this.onConnect);
      if (socket.connected) this.onConnect();
    }
  }

  release(): void {
    if (--this.users > 0) return;
    const socket = getSocket();
    socket.off('connect', this.onConnect);
    if (socket.connected) socket.emit('leave', { challengeId: this.challengeId });
    this.joinedOnce = false;
  }

  receive(event: LiveEvent): void {
    if (this.catchingUp) {
      this.waiting.push(event);
      return;
    }
    this.apply(event);
  }

  private apply(event: LiveEvent): void {
    if (event.sequence <= this.lastSequence) return;
    this.lastSequence = event.sequence;
    const created = applyEvent(this.client.cache, event);
    if (created) this.newIdeas.forEach((listener) => listener(created));
    this.applied.forEach((listener) => listener(event));
  }

  private readonly onConnect = (): void => {
    const again = this.joinedOnce;
    this.joinedOnce = true;
    void getSocket()
      .emitWithAck('join', { challengeId: this.challengeId })
      .then((answer: { ok: boolean }) => {
        if (!answer?.ok || !again) return;
        // Back after a disconnection: what happened meanwhile, in order, before anything newer.
        this.catchingUp = this.lastSequence > 0 ? this.catchUp() : this.refetch();
        void this.catchingUp.finally(() => {
          this.catchingUp = null;
          const waiting = this.waiting.splice(0);
          waiting.forEach((event) => this.apply(event));
        });
      });
  };

  private async catchUp(): Promise<void> {
    for (;;) {
      const { data } = await this.client.query({
        query: CATCH_UP,
        variables: { challengeId: this.challengeId, afterSequence: this.lastSequence },
        fetchPolicy: 'no-cache',
      });
      const events = data?.challengeEvents ?? [];
      events.forEach((event) => this.apply(event as LiveEvent));
      if (events.length < CATCH_UP_PAGE) return;
    }
  }

  /** Nothing seen yet to count from: read the page's data again instead. */
  private async refetch(): Promise<void> {
    await this.client.refetchQueries({ include: 'active' });
  }
}

const streams = new Map<string, ChallengeStream>();
let listening = false;

function listen(): void {
  if (listening) return;
  listening = true;
  const socket = getSocket();
  for (const type of EVENT_TYPES) {
    socket.on(type, (event: LiveEvent) => streams.get(event.challengeId)?.receive(event));
  }
}

export function challengeStream(client: ApolloClient, challengeId: string): ChallengeStream {
  listen();
  let stream = streams.get(challengeId);
  if (!stream) {
    stream = new ChallengeStream(client, challengeId);
    streams.set(challengeId, stream);
  }
  return stream;
}
