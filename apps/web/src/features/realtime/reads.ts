/**
 * What each answer of the API was read at, per challenge: the `eventSequence` its data carries
 * (Challenge.eventSequence, a feed's IdeaConnection.eventSequence, an idea's first page of
 * comments' CommentConnection.eventSequence, read with them). Told by the Apollo link as
 * each answer arrives, before the cache is written, and by the page's inlined first data; the
 * challenge's live stream (challenge-feed.ts, loaded later with socket.io) catches up from it.
 * Until a stream listens, the oldest read of each challenge waits here.
 */
type Listener = (sequence: number) => void;

const waiting = new Map<string, number>();
const listeners = new Map<string, Listener>();

export function noteRead(challengeId: string, sequence: number): void {
  const listener = listeners.get(challengeId);
  if (listener) listener(sequence);
  else waiting.set(challengeId, Math.min(waiting.get(challengeId) ?? sequence, sequence));
}

/** Reads of the challenge from now on, and the oldest one made before; returns the way to stop. */
export function followReads(challengeId: string, listener: Listener): () => void {
  listeners.set(challengeId, listener);
  const before = waiting.get(challengeId);
  waiting.delete(challengeId);
  if (before !== undefined) listener(before);
  return () => {
    if (listeners.get(challengeId) === listener) listeners.delete(challengeId);
  };
}

type Data =
  | { challenge?: unknown; idea?: { challenge?: unknown; comments?: { eventSequence?: unknown } | null } | null; ideas?: { eventSequence?: unknown } | null }
  | null
  | undefined;

/**
 * The reads an answer carries: the challenge it names (itself, or an idea's), a challenge's feed
 * page, and an idea's thread. The thread's sequence was read with its comments, the challenge's in
 * a query of its own: the older of the two is the one caught up from, so a comment given a
 * sequence between the two reads is not missed.
 */
export function noteReadsIn(data: Data, variables: Record<string, unknown> | undefined): void {
  const challenge = (value: unknown) => {
    const c = value as { id?: unknown; eventSequence?: unknown } | null | undefined;
    if (c && typeof c.id === 'string' && typeof c.eventSequence === 'number') noteRead(c.id, c.eventSequence);
  };
  challenge(data?.challenge);
  challenge(data?.idea?.challenge);
  const ideaChallenge = data?.idea?.challenge as { id?: unknown } | null | undefined;
  const thread = data?.idea?.comments?.eventSequence;
  if (typeof thread === 'number' && typeof ideaChallenge?.id === 'string') noteRead(ideaChallenge.id, thread);
  const feed = data?.ideas?.eventSequence;
  if (typeof feed === 'number' && typeof variables?.challengeId === 'string') noteRead(variables.challengeId, feed);
}
