import { PollenError } from '@pollen/kernel';
import { ChallengePhase, ParticipationAction, assertPhaseAllows, assertTransition, effectivePhase } from './challenge-phase.policy';

describe('challenge phase policy', () => {
  const allowed = (phase: ChallengePhase, action: ParticipationAction) => {
    try {
      assertPhaseAllows(phase, action);
      return true;
    } catch (error) {
      expect(error).toBeInstanceOf(PollenError);
      expect((error as PollenError).code).toBe('PHASE_FORBIDDEN');
      return false;
    }
  };

  it('allows each action in exactly the phases of the table', () => {
    const table = Object.values(ChallengePhase).map((phase) => [phase, Object.values(ParticipationAction).filter((a) => allowed(phase, a))]);
    expect(table).toEqual([
      ['DRAFT', []],
      ['IDEATION', ['PROPOSE', 'REVISE', 'VOTE', 'COMMENT', 'CO_AUTHOR']],
      ['VOTING', ['VOTE', 'COMMENT', 'CO_AUTHOR']],
      ['REVIEW', ['COMMENT', 'CO_AUTHOR', 'DECIDE']],
      ['CLOSED', []],
    ]);
  });

  it('moves phases forward only', () => {
    expect(() => assertTransition(ChallengePhase.DRAFT, ChallengePhase.IDEATION)).not.toThrow();
    expect(() => assertTransition(ChallengePhase.IDEATION, ChallengePhase.CLOSED)).not.toThrow();
    expect(() => assertTransition(ChallengePhase.VOTING, ChallengePhase.IDEATION)).toThrow(/only move forward/);
    expect(() => assertTransition(ChallengePhase.REVIEW, ChallengePhase.REVIEW)).toThrow(PollenError);
  });

  it('closes a challenge at its close date', () => {
    const now = new Date('2030-01-01T00:00:00Z');
    expect(effectivePhase(ChallengePhase.VOTING, new Date('2029-12-31T23:59:59Z'), now)).toBe(ChallengePhase.CLOSED);
    expect(effectivePhase(ChallengePhase.VOTING, new Date('2030-01-02T00:00:00Z'), now)).toBe(ChallengePhase.VOTING);
    expect(effectivePhase(ChallengePhase.VOTING, null, now)).toBe(ChallengePhase.VOTING);
  });
});
