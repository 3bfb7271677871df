import { graphql } from '../gql';
import type { ChallengePhase } from '../gql/graphql';
import { createTestApp, TestApp } from '../setup/test-app';
import { Person, castOf, challenge, comment, propose, setPhase, vote } from '../support/co-creation';
import { send } from '../support/graphql';

const ProposeIdea = graphql(`mutation PhaseRulesPropose($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id } }`);
const ReviseIdea = graphql(`mutation PhaseRulesRevise($input: ReviseIdeaInput!) { reviseIdea(input: $input) { id } }`);
const ChallengePhaseOf = graphql(`query PhaseRulesChallenge($id: ID!) { challenge(id: $id) { phase } }`);

// What each phase allows (the PHASE_RULES table), checked end to end through GraphQL.
const EXPECTED: Record<Exclude<ChallengePhase, 'DRAFT'>, Record<'propose' | 'revise' | 'vote' | 'comment', boolean>> = {
  IDEATION: { propose: true, revise: true, vote: true, comment: true },
  VOTING: { propose: false, revise: false, vote: true, comment: true },
  REVIEW: { propose: false, revise: false, vote: false, comment: true },
  CLOSED: { propose: false, revise: false, vote: false, comment: false },
};

describe('phase rules', () => {
  let t: TestApp;
  let owner: Person;
  let ana: Person;
  let ben: Person;
  let orgId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ({ owner, participants: [ana, ben], orgId } = await castOf(t));
  });
  afterAll(() => t.close());

  it.each(Object.keys(EXPECTED) as Array<keyof typeof EXPECTED>)('%s allows exactly what the table says', async (phase) => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, challengeId);
    if (phase !== 'IDEATION') await setPhase(t, owner, challengeId, phase);
    const attempts = {
      propose: await send(t, ben, ProposeIdea, { input: { challengeId, title: 'Another idea', body: 'b' } }),
      revise: await send(t, ana, ReviseIdea, { input: { ideaId, title: 'Revised title' } }),
      vote: await vote(t, ben, ideaId, 'UP'),
      comment: await comment(t, ben, ideaId, 'A comment'),
    };
    for (const [action, allowed] of Object.entries(EXPECTED[phase])) {
      const res = attempts[action as keyof typeof attempts];
      if (allowed) {
        expect(res.errors).toBeUndefined();
      } else {
        expect(res.errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN', phase });
        expect(res.errors[0].message).toContain(phase);
      }
    }
  });

  it('treats a challenge past its close date as CLOSED', async () => {
    const challengeId = await challenge(t, owner, orgId, 'IDEATION');
    const ideaId = await propose(t, ana, challengeId);
    await t.sql(`UPDATE challenge SET closes_at = now() - interval '1 minute' WHERE id = $1`, [challengeId]);
    const res = await send(t, undefined, ChallengePhaseOf, { id: challengeId });
    expect(res.data.challenge.phase).toBe('CLOSED');
    expect((await vote(t, ben, ideaId, 'UP')).errors[0].extensions).toMatchObject({ code: 'PHASE_FORBIDDEN', phase: 'CLOSED' });
  });
});
