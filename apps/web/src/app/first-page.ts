import { useEffect } from 'react';
import type { ApolloClient, WatchQueryFetchPolicy } from '@apollo/client';
import type { ChallengeQuery, IdeaOrder, IdeasFeedQuery } from '../gql/graphql';
import { CHALLENGE } from '../features/challenges/graphql/challenges.graphql';
import { IDEAS_FEED } from '../features/ideas/graphql/ideas.graphql';
import { whenRestored } from '../features/auth/session';
import { answeredByPage } from '../shared/prefetch';
import { noteReadsIn } from '../features/realtime/reads';

/** What the API puts in a challenge page (apps/api/src/web/first-page.ts): its two first queries' answers, read as a reader not signed in. */
interface FirstPage {
  challengeId: string;
  orderBy: IdeaOrder;
  challenge: ChallengeQuery;
  feed: IdeasFeedQuery;
}

/**
 * Writes the challenge page's first data, when the page carries it, into the cache before the
 * first render: the challenge and its first 20 ideas show at once. Their first render reads the
 * cache only (`usePrefetchedPolicy`): starting two requests inside it cost a fifth of its script
 * time on a starved core (the profile in test/bench/README.md), and every request waits for the
 * session's refresh anyway. They are read again as the signed-in reader once the session is
 * known (`useReadAgainAsParticipant`), and those answers (the reader's own votes) replace these.
 * The element is removed once read.
 */
export function writeFirstPage(client: ApolloClient): void {
  const element = document.getElementById('pollen-first-page');
  if (!element) return;
  element.remove();
  try {
    const page = JSON.parse(element.textContent ?? '') as FirstPage;
    const challenge = { id: page.challengeId };
    const feed = { challengeId: page.challengeId, orderBy: page.orderBy };
    // What the page was read at: the live stream catches up from there once it has joined.
    noteReadsIn(page.challenge, challenge);
    noteReadsIn(page.feed, feed);
    client.writeQuery({ query: CHALLENGE, variables: challenge, data: page.challenge });
    client.writeQuery({ query: IDEAS_FEED, variables: feed, data: page.feed });
    answeredByPage(CHALLENGE, challenge, page.challenge);
    answeredByPage(IDEAS_FEED, feed, page.feed);
  } catch {
    // Malformed or of another version of the client: the page asks for its data, as without it.
  }
}

/**
 * A read of the challenge page first answered by the page (`cache-first` on its first render,
 * which only the page's own data gives these two queries), read again from the network once
 * the start-up refresh has answered: as the participant when signed in (their own votes).
 */
export function useReadAgainAsParticipant(fetchPolicy: WatchQueryFetchPolicy, refetch: () => Promise<unknown>): void {
  useEffect(() => {
    if (fetchPolicy !== 'cache-first') return;
    let mounted = true;
    void whenRestored().then(() => mounted && refetch().catch(() => undefined));
    return () => {
      mounted = false;
    };
    // Once, after the first render: the policy is the first render's, and refetch reads the current variables.
  }, []);
}
