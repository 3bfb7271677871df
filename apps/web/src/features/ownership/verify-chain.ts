import type { ApolloClient } from '@apollo/client';
import type { LedgerPageQuery } from '../../gql/graphql';
import { LEDGER_PAGE } from './graphql/ownership.graphql';

type Entry = LedgerPageQuery['contributionLedger']['edges'][number]['node'];

const GENESIS = '0'.repeat(64);

/** The API's canonical text of an entry (libs/ledger/src/ledger-hash.util.ts, format pollen-ledger/2: votes and licence acceptances carry no time). */
function canonical(challengeId: string, entry: Entry): string {
  return JSON.stringify([
    'pollen-ledger/2',
    challengeId,
    entry.seq,
    entry.id,
    entry.kind,
    entry.party,
    entry.ideaId ?? null,
    entry.commentId ?? null,
    String(Math.round(entry.points * 1000)),
    entry.compensates ?? null,
    entry.detail,
    entry.occurredAt ? new Date(entry.occurredAt).toISOString() : null,
  ]);
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ChainCheck {
  ok: boolean;
  entries: number;
  lastSeq: string;
  /**
   * What broke: a key under `ownership.chainProblem` (the page says it in its language), or for a
   * ledger page that could not be read, the sentence already said (`said`).
   */
  problem?: { seq: string | null; reason: ChainProblem; said?: string };
}

export type ChainProblem = 'insecure' | 'stopped' | 'link' | 'hash' | 'unread';

/**
 * Re-verifies a challenge's chain in the browser from the public ledger: each entry's hash is
 * SHA-256 over the previous hash and its canonical text, and each links to the one before.
 * Nothing is taken on the server's word but the entries themselves.
 */
export async function verifyChain(client: ApolloClient, challengeId: string, onProgress: (entries: number) => void, signal: AbortSignal): Promise<ChainCheck> {
  if (!crypto.subtle) return { ok: false, entries: 0, lastSeq: '0', problem: { seq: null, reason: 'insecure' } };
  let prev = GENESIS;
  let after: string | null = null;
  let entries = 0;
  let lastSeq = '0';
  for (;;) {
    const result: { data?: LedgerPageQuery } = await client.query({ query: LEDGER_PAGE, variables: { challengeId, after }, fetchPolicy: 'no-cache' });
    const page: LedgerPageQuery['contributionLedger'] = result.data!.contributionLedger;
    for (const { node } of page.edges) {
      if (signal.aborted) return { ok: false, entries, lastSeq, problem: { seq: null, reason: 'stopped' } };
      if (node.prevHash !== prev) return { ok: false, entries, lastSeq, problem: { seq: node.seq ?? null, reason: 'link' } };
      const hash = await sha256(`${prev}\n${canonical(challengeId, node)}`);
      if (hash !== node.hash) return { ok: false, entries, lastSeq, problem: { seq: node.seq ?? null, reason: 'hash' } };
      prev = hash;
      lastSeq = node.seq ?? lastSeq;
      entries++;
    }
    onProgress(entries);
    if (!page.pageInfo.hasNextPage) return { ok: true, entries, lastSeq };
    after = page.pageInfo.endCursor ?? null;
  }
}
