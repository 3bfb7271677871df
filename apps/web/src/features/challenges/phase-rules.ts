import type { ChallengePhase } from '../../gql/graphql';

export type Participation = 'propose' | 'revise' | 'vote' | 'comment';

/** The API's phase table (libs/challenges/src/challenge-phase.policy.ts), to say what a phase allows before a refusal does. */
const ALLOWED: Record<ChallengePhase, Participation[]> = {
  DRAFT: [],
  IDEATION: ['propose', 'revise', 'vote', 'comment'],
  VOTING: ['vote', 'comment'],
  REVIEW: ['comment'],
  CLOSED: [],
};

export function allows(phase: ChallengePhase, action: Participation): boolean {
  return ALLOWED[phase].includes(action);
}

export function allowed(phase: ChallengePhase): Participation[] {
  return ALLOWED[phase];
}
