import { io, Socket } from 'socket.io-client';
import { Client } from 'pg';

/**
 * Simulated participants of one challenge, for the fault specs and the soak: they propose, vote,
 * comment and read over GraphQL, follow the challenge over socket.io, and keep a record of what
 * the API acknowledged, what it refused (by code, when) and which events they saw, so that the
 * end of a run can check that nothing acknowledged was lost.
 */
export interface Answer {
  at: number;
  ms: number;
  op: Op;
  /** null: acknowledged; otherwise extensions.code, or NETWORK / HTTP_<status> when there was no GraphQL answer. */
  code: string | null;
  retryAfter?: number;
}

export type Op = 'propose' | 'vote' | 'comment' | 'read';

interface Participant {
  id: string;
  token: string;
  socket: Socket | null;
  /** Event ids seen live, and the highest sequence seen (where a catch-up starts). */
  seen: Set<string>;
  lastSequence: number;
  /** Where a catch-up must start: the last sequence seen before a disconnection (live events after the reconnection move lastSequence past the gap). */
  resumeFrom: number | null;
  /** The last tally seen live per idea. */
  tallies: Map<string, { sequence: number; upvotes: number; downvotes: number }>;
}

const FEED = `query Feed($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node { id upvotes downvotes viewerVote commentCount } } } }`;
const PROPOSE = `mutation Propose($i: ProposeIdeaInput!) { proposeIdea(input: $i) { id } }`;
const VOTE = `mutation Vote($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { id upvotes } }`;
const COMMENT = `mutation Comment($i: AddCommentInput!) { addComment(input: $i) { id } }`;
/** Pages of 100: with each event's data, the query cost admits no more (see the README's Security section). */
const CATCH_UP_PAGE = 100;
const EVENTS = `query Missed($c: ID!, $after: Int!) { challengeEvents(challengeId: $c, afterSequence: $after, first: ${CATCH_UP_PAGE}) { id type sequence data } }`;

export class Crowd {
  readonly answers: Answer[] = [];
  readonly ideas: string[] = [];
  /** Who proposed each idea: nobody votes on their own (FORBIDDEN, by the rules). */
  private readonly authors = new Map<string, string>();
  readonly comments: string[] = [];
  /** (voter, idea) → the value of the last acknowledged vote, unless a later attempt went unanswered (it may have committed). */
  readonly votes = new Map<string, { value: 'UP' | 'DOWN' | 'NONE'; uncertain: boolean }>();
  readonly people: Participant[] = [];
  private next = 0;

  constructor(
    private targets: string[],
    readonly challengeId: string,
    private readonly timeoutMs = 10_000,
  ) {}

  /** Where requests go from now on (a load balancer taking a dead instance out). */
  retarget(targets: string[]): void {
    this.targets = targets;
  }

  /** Sockets connected to `from` open again on `to` (what a load balancer does for a reconnecting client): join, then catch up. */
  async move(from: string, to: string): Promise<void> {
    await Promise.all(
      this.people
        .filter((person) => person.socket && (person.socket.io as unknown as { uri: string }).uri.startsWith(from))
        .map((person) => {
          person.socket!.close();
          return this.follow(person, to);
        }),
    );
  }

  private target(): string {
    return this.targets[this.next++ % this.targets.length];
  }

  /** One GraphQL call, never throwing: an answer with data, or a code saying why not. */
  async call(query: string, variables: Record<string, unknown>, token?: string, url = this.target()): Promise<{ data: any; code: string | null; retryAfter?: number }> {
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
      const text = await res.text();
      let body: { data?: any; errors?: Array<{ extensions?: { code?: string; retryAfterSeconds?: number } }> };
      try {
        body = JSON.parse(text);
      } catch {
        return { data: null, code: `HTTP_${res.status}` };
      }
      if (body.errors?.length) {
        const extensions = body.errors[0].extensions ?? {};
        return { data: body.data ?? null, code: extensions.code ?? `HTTP_${res.status}`, retryAfter: extensions.retryAfterSeconds };
      }
      return { data: body.data, code: null };
    } catch (error) {
      return { data: null, code: (error as Error).name === 'TimeoutError' ? 'TIMEOUT' : 'NETWORK' };
    }
  }

  private async timed(op: Op, run: () => Promise<{ data: any; code: string | null; retryAfter?: number }>) {
    const at = Date.now();
    const result = await run();
    this.answers.push({ at, ms: Date.now() - at, op, code: result.code, ...(result.retryAfter !== undefined ? { retryAfter: result.retryAfter } : {}) });
    return result;
  }

  /** Participants who already have accounts (tokens from registration), each following the challenge on `socketUrl`. */
  async join(accounts: Array<{ id: string; token: string }>, socketUrl: string | null): Promise<void> {
    const joining = accounts.map((account) => {
      const person: Participant = { ...account, socket: null, seen: new Set(), lastSequence: 0, resumeFrom: null, tallies: new Map() };
      this.people.push(person);
      return person;
    });
    // The accounts of one call connect together (the soak joins its crowd 100 at a time).
    if (socketUrl) await Promise.all(joining.map((person) => this.follow(person, socketUrl)));
  }

  private follow(person: Participant, url: string): Promise<void> {
    const socket = io(url, { auth: { token: person.token }, transports: ['websocket'], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 2_000, timeout: 10_000 });
    person.socket = socket;
    socket.onAny((type: string, event: { id: string; sequence: number; challengeId?: string; data: any }) => {
      if (event?.challengeId !== this.challengeId) return;
      this.see(person, type, event);
    });
    socket.on('disconnect', () => {
      person.resumeFrom = Math.min(person.resumeFrom ?? person.lastSequence, person.lastSequence);
    });
    socket.on('connect', () => {
      // A connection, first or again (the instance died, or went away): join, then ask for what
      // was missed since what this client had when it connected. Live events come as soon as it
      // is in the room, before the catch-up is answered: counting from the last of those would
      // skip what came before them (seen: a client that never had the challenge's opening).
      person.resumeFrom = Math.min(person.resumeFrom ?? person.lastSequence, person.lastSequence);
      void socket
        .timeout(10_000)
        .emitWithAck('join', { challengeId: this.challengeId })
        .then(() => this.catchUp(person))
        .catch(() => undefined);
    });
    return new Promise((resolve) => {
      socket.once('connect', () => resolve());
      setTimeout(resolve, 10_000);
    });
  }

  private see(person: Participant, type: string, event: { id: string; sequence: number; data: any }): void {
    person.seen.add(event.id);
    person.lastSequence = Math.max(person.lastSequence, event.sequence);
    if (type === 'idea.voted') {
      const known = person.tallies.get(event.data.ideaId);
      if (!known || known.sequence < event.sequence) person.tallies.set(event.data.ideaId, { sequence: event.sequence, upvotes: event.data.upvotes, downvotes: event.data.downvotes });
    }
  }

  /** What a client does after a disconnection: the challenge's events after the last it saw, page by page; whether it got to the end. */
  async catchUp(person: Participant): Promise<boolean> {
    let after = person.resumeFrom ?? person.lastSequence;
    for (;;) {
      const { data, code } = await this.call(EVENTS, { c: this.challengeId, after }, person.token);
      if (code || !data) return false; // resumeFrom stays: the next catch-up starts there again
      const page = data.challengeEvents as Array<{ id: string; type: string; sequence: number; data: any }>;
      for (const event of page) this.see(person, event.type, event);
      if (page.length < CATCH_UP_PAGE) break;
      after = page[page.length - 1].sequence;
    }
    person.resumeFrom = null;
    return true;
  }

  /**
   * The last catch-up of every client, as a client would make it: a few at a time (2,000 at once
   * through one load balancer time out on a busy machine, and a client that gave up would be
   * counted as missing events), and again after a failed request, a few times.
   */
  async catchUpAll(concurrency = 32, attempts = 5): Promise<void> {
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next < this.people.length) {
          const person = this.people[next++];
          for (let attempt = 1; attempt <= attempts && !(await this.catchUp(person)); attempt++) {
            await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
          }
        }
      }),
    );
  }

  /** One action of a random participant, weighted as a crowd behaves: mostly reading and voting. */
  async step(random = Math.random): Promise<void> {
    const person = this.people[Math.floor(random() * this.people.length)];
    const roll = random();
    if (roll < 0.08 || this.ideas.length === 0) return this.propose(person);
    const ideaId = this.ideas[Math.floor(random() * this.ideas.length)];
    if (roll < 0.55 && this.authors.get(ideaId) !== person.id) return this.vote(person, ideaId, random() < 0.8 ? 'UP' : random() < 0.5 ? 'DOWN' : 'NONE');
    if (roll < 0.7) return this.comment(person, ideaId);
    await this.timed('read', () => this.call(FEED, { c: this.challengeId }, person.token));
  }

  async propose(person: Participant): Promise<void> {
    const result = await this.timed('propose', () =>
      this.call(PROPOSE, { i: { challengeId: this.challengeId, title: `Idea ${this.ideas.length + 1} of the crowd`, body: 'Proposed under load.', tags: [], buildsOn: [] } }, person.token),
    );
    if (!result.code) {
      this.ideas.push(result.data.proposeIdea.id);
      this.authors.set(result.data.proposeIdea.id, person.id);
    }
  }

  async vote(person: Participant, ideaId: string, value: 'UP' | 'DOWN' | 'NONE'): Promise<void> {
    const key = `${person.id}:${ideaId}`;
    const result = await this.timed('vote', () => this.call(VOTE, { id: ideaId, v: value }, person.token));
    if (!result.code) this.votes.set(key, { value, uncertain: false });
    else if (result.code === 'NETWORK' || result.code === 'TIMEOUT' || result.code.startsWith('HTTP_')) {
      const known = this.votes.get(key);
      this.votes.set(key, { value: known?.value ?? 'NONE', uncertain: true });
    }
  }

  async comment(person: Participant, ideaId: string): Promise<void> {
    const result = await this.timed('comment', () => this.call(COMMENT, { i: { ideaId, body: 'A thought from the crowd' } }, person.token));
    if (!result.code) this.comments.push(result.data.addComment.id);
  }

  /** `workers` loops of `step` until `until()` says stop, each pausing `thinkMs` between steps. */
  async run(workers: number, until: () => boolean, thinkMs = 0): Promise<void> {
    await Promise.all(
      Array.from({ length: workers }, async () => {
        while (!until()) {
          await this.step();
          if (thinkMs) await new Promise((resolve) => setTimeout(resolve, thinkMs * (0.5 + Math.random())));
        }
      }),
    );
  }

  close(): void {
    for (const person of this.people) person.socket?.close();
  }
}

export interface Verdict {
  missingIdeas: string[];
  missingComments: string[];
  wrongVotes: string[];
  wrongTallies: string[];
  /** Clients missing events of the challenge (live or by catch-up), with how many. */
  clientsMissingEvents: Array<{ participant: string; missing: number; types: string[] }>;
  /** Clients whose last live tally of an idea is not its tally. */
  staleTallies: number;
  events: number;
}

/**
 * The end of a run: every acknowledged write is in the database, every tally equals its rows
 * (as the API answers it, counter deltas included), every client has every event of the
 * challenge, live or after a last catch-up.
 */
export async function verify(crowd: Crowd, databaseUrl: string): Promise<Verdict> {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const ideas = new Set((await db.query(`SELECT id FROM idea WHERE challenge_id = $1`, [crowd.challengeId])).rows.map((row) => row.id));
    const comments = new Set((await db.query(`SELECT c.id FROM comment c JOIN idea i ON i.id = c.idea_id WHERE i.challenge_id = $1`, [crowd.challengeId])).rows.map((row) => row.id));
    const votes = new Map(
      (await db.query(`SELECT v.user_id AS "userId", v.idea_id AS "ideaId", v.value FROM vote v JOIN idea i ON i.id = v.idea_id WHERE i.challenge_id = $1`, [crowd.challengeId])).rows.map((row) => [
        `${row.userId}:${row.ideaId}`,
        row.value === 1 ? 'UP' : 'DOWN',
      ]),
    );
    const wrongVotes = [...crowd.votes].filter(([key, vote]) => !vote.uncertain && (votes.get(key) ?? 'NONE') !== vote.value).map(([key]) => key);
    // Tallies as the API serves them (folded counters plus pending deltas) against the vote rows.
    const tallies = await db.query(
      `SELECT i.id, i.upvotes + COALESCE(sum(d.upvotes), 0) AS up, i.downvotes + COALESCE(sum(d.downvotes), 0) AS down,
              (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND v.value = 1) AS "rowsUp",
              (SELECT count(*) FROM vote v WHERE v.idea_id = i.id AND v.value = -1) AS "rowsDown"
         FROM idea i LEFT JOIN idea_counter_delta d ON d.idea_id = i.id WHERE i.challenge_id = $1 GROUP BY i.id`,
      [crowd.challengeId],
    );
    const wrongTallies = tallies.rows.filter((row) => Number(row.up) !== Number(row.rowsUp) || Number(row.down) !== Number(row.rowsDown)).map((row) => row.id);
    // Every event a participant may see: sequenced, from the challenge's opening on (what came
    // before is its team's), raw votes aside (they reach clients as their tallies).
    const events = (
      await db.query(
        `SELECT id, type FROM domain_event
          WHERE challenge_id = $1 AND sequence IS NOT NULL AND type <> 'idea.voted'
            AND sequence >= (SELECT min(sequence) FROM domain_event WHERE challenge_id = $1 AND type = 'challenge.phaseChanged' AND payload->>'from' = 'DRAFT')`,
        [crowd.challengeId],
      )
    ).rows as Array<{ id: string; type: string }>;
    const final = new Map(tallies.rows.map((row) => [row.id, { up: Number(row.rowsUp), down: Number(row.rowsDown) }]));
    await crowd.catchUpAll();
    const clientsMissingEvents = crowd.people
      .filter((person) => person.socket)
      .map((person) => {
        const missed = events.filter((event) => !person.seen.has(event.id));
        return { participant: person.id, missing: missed.length, types: [...new Set(missed.map((event) => event.type))] };
      })
      .filter((entry) => entry.missing > 0);
    let staleTallies = 0;
    for (const person of crowd.people) {
      if (!person.socket) continue;
      for (const [ideaId, tally] of person.tallies) {
        const truth = final.get(ideaId);
        if (truth && (truth.up !== tally.upvotes || truth.down !== tally.downvotes)) staleTallies++;
      }
    }
    return {
      missingIdeas: crowd.ideas.filter((id) => !ideas.has(id)),
      missingComments: crowd.comments.filter((id) => !comments.has(id)),
      wrongVotes,
      wrongTallies,
      clientsMissingEvents,
      staleTallies,
      events: events.length,
    };
  } finally {
    await db.end();
  }
}
