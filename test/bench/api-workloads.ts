import { createBenchDatabase, dropBenchDatabase } from './bench-postgres';
import { mintAccessTokens } from './bench-tokens';
import type { LoadPlan } from './load';
import { seededDatabase } from './seeded-database';
import { createVoteFixture } from './vote-fixture';

export interface Workload {
  databaseUrl: string;
  plan: Omit<LoadPlan, 'url' | 'durationSeconds'>;
  /** Drops the workload's database when it was made for it (the seeded cache stays). */
  done(): Promise<void>;
}

/**
 * The load of the HOT feed (64 readers on the cached seeded database: `feed` at scale 1, `feed@10`
 * at scale 10) or of castVote (32 voters, spread or on one idea, on a fresh database), for the
 * profiling and A/B tools.
 */
export async function prepareWorkload(kind: string, adminUrl: string, log: (message: string) => void): Promise<Workload> {
  const [name, scale = '1'] = kind.split('@');
  if (name === 'feed') {
    const data = await seededDatabase({ quick: true, adminUrl, log }, Number(scale));
    const params = { challengeId: data.challengeId, tokens: await mintAccessTokens(data.url, data.readerIds) };
    return { databaseUrl: data.url, plan: { connections: 64, source: { module: 'sources/hot-feed.source.ts', params } }, done: async () => undefined };
  }
  if (kind !== 'vote' && kind !== 'vote-hot') throw new Error(`unknown workload ${kind}: feed, vote or vote-hot`);
  const databaseUrl = await createBenchDatabase(adminUrl);
  const fixture = await createVoteFixture(databaseUrl, 10_000, 1_000);
  const params = { ideaIds: fixture.ideaIds, voterIds: fixture.voterIds, tokens: await mintAccessTokens(databaseUrl, fixture.voterIds), hot: kind === 'vote-hot' };
  return {
    databaseUrl,
    plan: { connections: 32, source: { module: 'sources/cast-vote.source.ts', params } },
    done: () => dropBenchDatabase(adminUrl, databaseUrl),
  };
}
