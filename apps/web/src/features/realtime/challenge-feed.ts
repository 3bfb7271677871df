import type { ApolloClient } from '@apollo/client';
import { graphql } from '../../gql';
import { applyEvent } from './apply-event';
import { followReads } from './reads';
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
/** Past this many pages of missed events, the page's data is read again instead. */
const CATCH_UP_PAGES_MAX = 5;

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
 * applied, and catch-up so that nothing between what the page read and what the room delivers
 * is missed. Events are applied once, in order: one at or below the last sequence is dropped;
 * live events that arrive during a catch-up wait for it.
 *
 * Where catch-up starts: the join's answer says the stream's sequence as of the join (`joinedAt`):
 * every later event comes live. The page's data says the sequence it was read at (`readAt`,
 * Challenge.eventSequence and the feed's): when that is older than the join, what lies between
 * is asked for with `challengeEvents`. Applying an event again is harmless (tallies are absolute,
 * ideas and comments are added once), so starting a little early never double-counts.
 */
class ChallengeStream {
  lastSequence = 0;
  private users = 0;
  private catchingUp: Promise<void> | null = null;
  private waiting: LiveEvent[] = [];
  private joinedOnce = false;
  /** The stream's sequence when the room was last joined; null while not in the room. */
  private joinedAt: number | null = null;
  /** The oldest sequence the page's data was read at, told before the room was joined. */
  private readBefore: number | null = null;
  /** Stops following the page's reads (reads.ts) once no one uses the stream. */
  private stopReads: (() => void) | null = null;
  readonly newIdeas = new Set<NewIdeaListener>();
  /** Told of every event applied (the insights dashboard reads its figures again). */
  readonly applied = new Set<(event: LiveEvent) => void>();

  constructor(
    private readonly client: ApolloClient,
    readonly challengeId: string,
  ) {}

  retain(): void {
    if (this.users++ === 0) {
      this.stopReads = followReads(this.challengeId, (sequence) => this.readAt(sequence));
      const socket = getSocket();
      socket.on('connect', this.onConnect);
      socket.on('disconnect', this.onDisconnect);
      if (socket.connected) this.onConnect();
    }
  }

  release(): void {
    if (--this.users > 0) return;
    this.stopReads?.();
    this.stopReads = null;
    const socket = getSocket();
    socket.off('connect', this.onConnect);
    socket.off('disconnect', this.onDisconnect);
    if (socket.connected) socket.emit('leave', { challengeId: this.challengeId });
    this.joinedOnce = false;
    this.joinedAt = null;
    this.readBefore = null;
  }

  /**
   * The page read data of this challenge at `sequence`. Before the join it sets where the join's
   * catch-up starts; after it, a read older than the join (an answer that was on its way, a
   * read again as the signed-in reader) is caught up from, so it cannot leave older figures.
   */
  private readAt(sequence: number): void {
    if (this.joinedAt === null) {
      this.readBefore = Math.min(this.readBefore ?? sequence, sequence);
      return;
    }
    if (sequence < this.joinedAt) this.resume(sequence);
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

  private readonly onDisconnect = (): void => {
    this.joinedAt = null;
  };

  private readonly onConnect = (): void => {
    const again = this.joinedOnce;
    this.joinedOnce = true;
    void getSocket()
      .emitWithAck('join', { challengeId: this.challengeId })
      .then((answer: { ok: boolean; sequence?: number }) => {
        if (!answer?.ok) return;
        const joinedAt = typeof answer.sequence === 'number' ? answer.sequence : null;
        // From the oldest of what the page read and what the stream applied before this join.
        const from = Math.min(this.readBefore ?? Infinity, this.lastSequence > 0 ? this.lastSequence : Infinity);
        this.readBefore = null;
        this.joinedAt = joinedAt;
        if (from !== Infinity && (joinedAt === null || from < joinedAt)) this.resume(from);
        // Back after a disconnection with nothing to count from: read the page's data again.
        else if (from === Infinity && again) this.refetch();
      })
      // Disconnected before the answer (the socket reconnects as the reader once the session is known): the next connect joins again.
      .catch(() => undefined);
  };

  /** Catches up from `from`, after any catch-up under way; live events wait meanwhile and are applied after it. */
  private resume(from: number): void {
    this.follow(async () => {
      this.lastSequence = Math.min(this.lastSequence, from);
      await this.catchUp();
    });
  }

  /** Nothing seen yet to count from: read the page's data again instead. */
  private refetch(): void {
    this.follow(async () => {
      await this.client.refetchQueries({ include: 'active' });
    });
  }

  private follow(work: () => Promise<void>): void {
    const run = (this.catchingUp ?? Promise.resolve()).then(async () => {
      await work();
      // Everything up to the join is in the page now; from here on the room delivers.
      if (this.joinedAt !== null) this.lastSequence = Math.max(this.lastSequence, this.joinedAt);
    });
    const settled: Promise<void> = run
      .catch(() => undefined)
      .finally(() => {
        if (this.catchingUp !== settled) return;
        this.catchingUp = null;
        const waiting = this.waiting.splice(0);
        waiting.forEach((event) => this.apply(event));
      });
    this.catchingUp = settled;
  }

  private async catchUp(): Promise<void> {
    for (let pages = 0; ; pages++) {
      // Far behind (a page left open for long, offline for hours): reading the page again is cheaper.
      if (pages === CATCH_UP_PAGES_MAX) return this.client.refetchQueries({ include: 'active' }).then(() => undefined);
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
