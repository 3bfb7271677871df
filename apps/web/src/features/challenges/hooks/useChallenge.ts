import { useQuery } from '@apollo/client/react';
import { useReadAgainAsParticipant } from '../../../app/first-page';
import { usePrefetchedPolicy } from '../../../shared/prefetch';
import { CHALLENGE } from '../graphql/challenges.graphql';

export function useChallenge(challengeId: string) {
  const variables = { id: challengeId };
  const policy = usePrefetchedPolicy(CHALLENGE, variables);
  const result = useQuery(CHALLENGE, { variables, ...policy });
  useReadAgainAsParticipant(policy.fetchPolicy, result.refetch);
  return result;
}
