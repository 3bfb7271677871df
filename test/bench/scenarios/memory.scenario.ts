import { spawn } from 'node:child_process';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { durations, round } from '../bench-units';
import { rssOf, stopChild } from '../child-server';
import { runLoad } from '../load';
import { seededApi } from '../seeded-database';
import type { FeedParams } from '../sources/hot-feed.source';

const MB = 2 ** 20;

/**
 * Scenario 7: the API's resident memory when idle (started on the seeded database, before any
 * request) and after the run's read traffic, beside a bare Node process and the idle figure.
 * Run alone (--only memory), it sends a burst of HOT feed reads first.
 */
const scenario: BenchScenario = {
  name: 'memory',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const api = await seededApi(context);
    if (!api.trafficServed) {
      context.log('memory: no traffic yet in this run, sending HOT feed reads');
      await runLoad('http', {
        url: `${api.server.url}/graphql`,
        connections: 64,
        durationSeconds: durations(context.quick).measure,
        source: { module: 'sources/hot-feed.source.ts', params: { challengeId: api.data.challengeId, tokens: api.tokens } satisfies FeedParams },
      });
      api.trafficServed = true;
    }
    const after = api.server.rss();
    const bare = await bareNodeRss();
    const name = `API resident memory, scale ${api.data.scale}`;
    return [
      { scenario: name, metric: 'idle', unit: 'MB', value: round(api.idleRss / MB), referenceName: 'bare node process', reference: round(bare / MB), better: 'lower' },
      { scenario: name, metric: 'after the read traffic', unit: 'MB', value: round(after / MB), referenceName: 'idle API', reference: round(api.idleRss / MB), better: 'lower' },
    ];
  },
};
export default scenario;

/** A Node process doing nothing: the floor any Node server starts from. */
async function bareNodeRss(): Promise<number> {
  const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });
  try {
    await new Promise((resolve) => setTimeout(resolve, 500));
    return rssOf(child.pid!);
  } finally {
    await stopChild(child);
  }
}
