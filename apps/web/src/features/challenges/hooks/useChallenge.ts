import { useQuery } from '@apollo/client/react';
import { CHALLENGE } from '../graphql/challenges.graphql';

export function useChallenge(challengeId: string) {
  return useQuery(CHALLENGE, { variables: { id: challengeId } });
}
