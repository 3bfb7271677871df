import { Client, ClientBase } from 'pg';
import { READ_FOR_VOTE, VOTE_WRITTEN, voteWrite } from '../../../libs/votes/src/votes.repository';
import { ContributionKind, DEFAULT_POLICY, VOTER_PARTY, appendEntries, voterPseudonymSteps } from '../../../libs/ledger/src';
import type { HttpRequestSpec } from '../load';

export interface CastVoteParams {
  ideaIds: string[];
  voterIds: string[];
  /** One access token per voter, same order (HTTP only). */
  tokens: string[];
  /** Every vote on the first idea (the hot-idea case) instead of spread over all of them. */
  hot: boolean;
  /** SQL only: the database the reference folds counter deltas in, as the API's fold job does. */
  databaseUrl?: string;
  foldIntervalMs?: number;
  /** SQL only: leave out the ledger entry a new vote appends (to measure what the ledger costs). */
  withoutLedger?: boolean;
}

export interface VoteStep {
  voter: number;
  ideaId: string;
  value: 'UP' | 'DOWN';
}

/**
 * The votes to cast, in order: voters in rotation (a voter comes back only after all the others,
 * so one voter never has two votes in flight), each vote flipping that voter's previous vote on
 * the idea, so every request is a real change (a repeated vote is a cheaper no-op).
 */
export function voteSteps(params: CastVoteParams): () => VoteStep {
  const last = new Map<string, 'UP' | 'DOWN'>();
  let i = 0;
  let state = 0x2009;
  const random = () => {
    state = (state * 1103515245 + 12345) >>> 0;
    return state / 2 ** 32;
  };
  return () => {
    const voter = i++ % params.voterIds.length;
    const ideaId = params.hot ? params.ideaIds[0] : params.ideaIds[Math.floor(random() * params.ideaIds.length)];
    const key = `${voter}:${ideaId}`;
    const value = last.get(key) === 'UP' ? 'DOWN' : 'UP';
    last.set(key, value);
    return { voter, ideaId, value };
  };
}

const CAST_VOTE = `mutation CastVote($id: ID!, $value: VoteValue!) { castVote(ideaId: $id, value: $value) { id score upvotes downvotes viewerVote } }`;

export function httpSource(params: CastVoteParams): () => HttpRequestSpec {
  const next = voteSteps(params);
  return () => {
    const step = next();
    return { body: JSON.stringify({ query: CAST_VOTE, variables: { id: step.ideaId, value: step.value } }), token: params.tokens[step.voter] };
  };
}

// The statements the API sends for castVote, in order, as traced from its pool (see README).
const FOLD = `
  WITH batch AS (DELETE FROM idea_counter_delta WHERE id IN (SELECT id FROM idea_counter_delta ORDER BY id LIMIT 20000)
                 RETURNING idea_id, upvotes, downvotes, comments),
       sums AS (SELECT idea_id, sum(upvotes) AS up, sum(downvotes) AS down, sum(comments) AS comments FROM batch GROUP BY idea_id)
  UPDATE idea i SET upvotes = i.upvotes + s.up, downvotes = i.downvotes + s.down, comment_count = i.comment_count + s.comments
    FROM sums s WHERE i.id = s.idea_id`;

/**
 * The reference: the same transaction, statement for statement, sent straight through pg by one
 * client per connection, with the counter fold running beside it as the API's job does.
 */
export function sqlSource(params: CastVoteParams): () => (client: ClientBase) => Promise<void> {
  const next = voteSteps(params);
  startFolding(params);
  return () => {
    const step = next();
    const userId = params.voterIds[step.voter];
    const value = step.value === 'UP' ? 1 : -1;
    return async (client) => {
      await client.query('START TRANSACTION');
      const idea = (await client.query(READ_FOR_VOTE, [step.ideaId, userId])).rows[0] as { challengeId: string; lockedVote: number | null };
      const before = idea.lockedVote ?? 0;
      // A new vote is a contribution: one ledger entry under the voter's pseudonym (found or made in the same statement) and the licence, the first time, as LedgerRecorder.contributionSteps appends it.
      const entry = { challengeId: idea.challengeId, kind: ContributionKind.VOTE_CAST, participantId: userId, ideaId: step.ideaId, points: BigInt(DEFAULT_POLICY.weights.VOTE_CAST) };
      const write = voteWrite({
        ideaId: step.ideaId,
        userId,
        previous: idea.lockedVote,
        value,
        delta: { upvotes: (value === 1 ? 1 : 0) - (before === 1 ? 1 : 0), downvotes: (value === -1 ? 1 : 0) - (before === -1 ? 1 : 0) },
        ledger:
          before === 0 && !params.withoutLedger
            ? [
                ...voterPseudonymSteps(VOTER_PARTY, idea.challengeId, userId),
                ...appendEntries([entry], { challengeId: idea.challengeId, userId, licence: DEFAULT_POLICY.licence }, VOTE_WRITTEN, VOTER_PARTY),
              ]
            : [],
        event: {
          type: 'idea.voted',
          challengeId: idea.challengeId,
          aggregateId: step.ideaId,
          actorId: userId,
          payload: { ideaId: step.ideaId, challengeId: idea.challengeId, value: step.value, previous: before === 0 ? 'NONE' : before === 1 ? 'UP' : 'DOWN' },
        },
      });
      await client.query(write.text, write.params);
      await client.query('COMMIT');
    };
  };
}

function startFolding(params: CastVoteParams): void {
  if (!params.databaseUrl) return;
  const client = new Client({ connectionString: params.databaseUrl });
  const connected = client.connect();
  let folding = false;
  const timer = setInterval(() => {
    if (folding) return;
    folding = true;
    void connected
      .then(() => client.query(FOLD))
      .catch(() => undefined)
      .finally(() => (folding = false));
  }, params.foldIntervalMs ?? 250);
  // The worker process exits when its load is done; the fold connection goes with it.
  timer.unref();
}
