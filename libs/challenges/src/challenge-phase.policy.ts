import { registerEnumType } from '@nestjs/graphql';
import { PollenError } from '@pollen/kernel';

export enum ChallengePhase {
  DRAFT = 'DRAFT',
  IDEATION = 'IDEATION',
  VOTING = 'VOTING',
  REVIEW = 'REVIEW',
  CLOSED = 'CLOSED',
}

registerEnumType(ChallengePhase, { name: 'ChallengePhase' });

export enum ParticipationAction {
  PROPOSE = 'PROPOSE',
  REVISE = 'REVISE',
  VOTE = 'VOTE',
  COMMENT = 'COMMENT',
  /** Inviting co-authors, accepting, agreeing how an idea's credit is split. */
  CO_AUTHOR = 'CO_AUTHOR',
  /** The brand team shortlists, adopts or rejects ideas. */
  DECIDE = 'DECIDE',
}

/** The one table of what each phase allows. Services ask it before every participation. */
export const PHASE_RULES: Readonly<Record<ChallengePhase, ReadonlySet<ParticipationAction>>> = {
  [ChallengePhase.DRAFT]: new Set(),
  [ChallengePhase.IDEATION]: new Set([
    ParticipationAction.PROPOSE,
    ParticipationAction.REVISE,
    ParticipationAction.VOTE,
    ParticipationAction.COMMENT,
    ParticipationAction.CO_AUTHOR,
  ]),
  [ChallengePhase.VOTING]: new Set([ParticipationAction.VOTE, ParticipationAction.COMMENT, ParticipationAction.CO_AUTHOR]),
  [ChallengePhase.REVIEW]: new Set([ParticipationAction.COMMENT, ParticipationAction.CO_AUTHOR, ParticipationAction.DECIDE]),
  [ChallengePhase.CLOSED]: new Set(),
};

export const PHASE_ORDER: readonly ChallengePhase[] = [
  ChallengePhase.DRAFT,
  ChallengePhase.IDEATION,
  ChallengePhase.VOTING,
  ChallengePhase.REVIEW,
  ChallengePhase.CLOSED,
];

const VERB: Record<ParticipationAction, string> = {
  PROPOSE: 'Proposing ideas',
  REVISE: 'Revising ideas',
  VOTE: 'Voting',
  COMMENT: 'Commenting',
  CO_AUTHOR: 'Changing who authors an idea',
  DECIDE: 'Deciding on ideas',
};

/** A challenge past its close date is CLOSED, whatever phase the team left it in. */
export function effectivePhase(phase: ChallengePhase, closesAt: Date | null, now = new Date()): ChallengePhase {
  return closesAt && closesAt.getTime() <= now.getTime() ? ChallengePhase.CLOSED : phase;
}

export function assertPhaseAllows(phase: ChallengePhase, action: ParticipationAction): void {
  if (!PHASE_RULES[phase].has(action)) {
    throw new PollenError('PHASE_FORBIDDEN', `${VERB[action]} is not allowed while the challenge is in the ${phase} phase`, {
      phase,
      action,
    });
  }
}

/** Phases only move forward (a step or several); a phase is never re-entered. */
export function assertTransition(from: ChallengePhase, to: ChallengePhase): void {
  if (PHASE_ORDER.indexOf(to) <= PHASE_ORDER.indexOf(from)) {
    throw PollenError.conflict(`phase: cannot move a challenge from ${from} to ${to}; phases only move forward`, {
      field: 'phase',
      from,
      to,
    });
  }
}
