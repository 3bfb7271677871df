import type { TestApp } from '../setup/test-app';
import { graphql } from '../gql';
import type { ReportInput, ReportMutation } from '../gql/graphql';
import { Person, castOf, person, propose } from './co-creation';
import { Answer, send } from './graphql';

/** A brand with its owner and one IDEATION challenge, and the moderation steps specs use. */
export interface ModerationStage {
  owner: Person;
  org: string;
  ch: string;
  report(who: Person, input: ReportInput): Promise<Answer<ReportMutation>>;
  /** A participant in good standing: an account four days old with one visible idea. */
  established(): Promise<Person>;
}

const Report = graphql(`mutation Report($i: ReportInput!) { report(input: $i) { targetId reason } }`);

export async function moderationStage(t: TestApp): Promise<ModerationStage> {
  const { owner, orgId: org, challengeId: ch } = await castOf(t, { participants: 0, challenge: 'IDEATION' });
  return {
    owner,
    org,
    ch,
    report: (who, input) => send(t, who, Report, { i: input }),
    established: async () => {
      const p = await person(t);
      await propose(t, p, ch, { title: `Standing idea ${p.id.slice(0, 6)}` });
      await t.sql(`UPDATE app_user SET created_at = now() - interval '4 days' WHERE id = $1`, [p.id]);
      return p;
    },
  };
}
