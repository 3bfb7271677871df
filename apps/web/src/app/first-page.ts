import { useEffect } from 'react';
import type { ApolloClient, WatchQueryFetchPolicy } from '@apollo/client';
import type { ChallengeQuery, IdeaOrder, IdeasFeedQuery } from '../gql/graphql';
import { CHALLENGE } from '../features/challenges/graphql/challenges.graphql';
import { IDEAS_FEED } from '../features/ideas/graphql/ideas.graphql';
import { readByPage, whenRestored } from '../features/auth/session';
import { answeredByPage, pageAnswered } from '../shared/prefetch';
import { noteReadsIn } from '../features/realtime/reads';

/** What the API puts in a challenge page (apps/api/src/web/first-page.ts): its two first queries' answers, read as a reader not signed in. */
interface FirstPage {
  challengeId: string;
  orderBy: IdeaOrder;
  challenge: ChallengeQuery;
  feed: IdeasFeedQuery;
}

/**
 * What the API puts in a control-room page (apps/api/src/web/team-page.ts): its reader, and its
 * first reads (the team guard's, then the queue's or the dashboard's) read as that reader.
 */
interface TeamPage {
  kind: 'team';
  reader: { id: string; displayName: string };
  reads: Array<{ query: keyof typeof TEAM_OPERATIONS; variables: Record<string, unknown>; data: unknown }>;
}

/** The operations the API names a team page's reads by (vite.config.ts, FIRST_PAGE). */
const TEAM_OPERATIONS = { teamChallenge: 'TeamChallenge', moderationQueue: 'ModerationQueue', challengeInsights: 'ChallengeInsights' };

/**
 * A team page's first data: its reader, shown the signed-in frame before the start-up refresh
 * answers (`readByPage`), and its reads, taken by the page's modules when they ask for the same
 * reads (`pageAnswered`: their documents are in those modules' chunks).
 */
function writeTeamPage(page: TeamPage): void {
  readByPage(page.reader);
  for (const read of page.reads) {
    const operation = TEAM_OPERATIONS[read.query];
    if (operation) pageAnswered(operation, read.variables, read.data);
  }
}

/**
 * Writes the page's first data, when the page carries it, and says which page's it was: a team
 * page's (writeTeamPage), or a challenge page's, into the cache before the first render: the
 * challenge and its first 20 ideas show at once. Their first render reads the cache only
 * (`usePrefetchedPolicy`): starting two requests inside it cost a fifth of its script time on a
 * starved core (the profile in test/bench/README.md), and every request waits for the session's
 * refresh anyway. They are read again as the signed-in reader once the session is
 * known (`useReadAgainAsParticipant`), and those answers (the reader's own votes) replace these.
 * The element is removed once read.
 */
export function writeFirstPage(client: ApolloClient): 'team' | 'challenge' | null {
  const element = document.getElementById('pollen-first-page');
  if (!element) return null;
  element.remove();
  try {
    const parsed = JSON.parse(element.textContent ?? '') as FirstPage | TeamPage;
    if ('kind' in parsed && parsed.kind === 'team') {
      writeTeamPage(parsed);
      return 'team';
    }
    const page = parsed as FirstPage;
    const challenge = { id: page.challengeId };
    const feed = { challengeId: page.challengeId, orderBy: page.orderBy };
    // What the page was read at: the live stream catches up from there once it has joined.
    noteReadsIn(page.challenge, challenge);
    noteReadsIn(page.feed, feed);
    client.writeQuery({ query: CHALLENGE, variables: challenge, data: page.challenge });
    client.writeQuery({ query: IDEAS_FEED, variables: feed, data: page.feed });
    answeredByPage(CHALLENGE, challenge, page.challenge);
    answeredByPage(IDEAS_FEED, feed, page.feed);
    return 'challenge';
  } catch {
    // Malformed or of another version of the client: the page asks for its data, as without it.
    return null;
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
