import type { GqlResult, TestApp } from '../setup/test-app';
import { Person, brand, challenge, person, propose } from './co-creation';

/** A brand with its owner and one IDEATION challenge, and the moderation steps specs use. */
export interface ModerationStage {
  owner: Person;
  org: string;
  ch: string;
  report(who: Person, input: Record<string, unknown>): Promise<GqlResult>;
  /** A participant in good standing: an account four days old with one visible idea. */
  established(): Promise<Person>;
}

export async function moderationStage(t: TestApp): Promise<ModerationStage> {
  const owner = await person(t);
  const org = await brand(t, owner);
  const ch = await challenge(t, owner, org);
  return {
    owner,
    org,
    ch,
    report: (who, input) => t.gql(`mutation($i: ReportInput!) { report(input: $i) { targetId reason } }`, { i: input }, who.token),
    established: async () => {
      const p = await person(t);
      await propose(t, p, ch, { title: `Standing idea ${p.id.slice(0, 6)}` });
      await t.sql(`UPDATE app_user SET created_at = now() - interval '4 days' WHERE id = $1`, [p.id]);
      return p;
    },
  };
}
