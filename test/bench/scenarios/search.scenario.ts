import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { durations, interleaved, loadFigures } from '../bench-units';
import { runLoad } from '../load';
import { seededApi } from '../seeded-database';
import type { SearchParams } from '../sources/search.source';

const CONNECTIONS = 8;

/**
 * Scenario 4: full-text search (a RELEVANCE page of 20) and similar-idea suggestions (pg_trgm)
 * on the seeded challenge, over GraphQL, beside the API's own repository SQL sent through pg.
 */
const scenario: BenchScenario = {
  name: 'search',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const { warmup, measure, rounds } = durations(context.quick);
    const api = await seededApi(context);
    api.trafficServed = true;
    const figures: BenchFigure[] = [];
    for (const kind of ['search', 'similar'] as const) {
      const params: SearchParams = { challengeId: api.data.challengeId, kind, tsConfig: 'pollen_pt' };
      const source = { module: 'sources/search.source.ts', params };
      context.log(`${kind} at scale ${api.data.scale}: the same SQL through pg and the GraphQL API, ${rounds} rounds each`);
      const url = `${api.server.url}/graphql`;
      await runLoad('http', { url, connections: CONNECTIONS, durationSeconds: warmup, source });
      const measured = await interleaved(
        rounds,
        {
          sql: () => runLoad('sql', { databaseUrl: api.data.url, connections: CONNECTIONS, durationSeconds: measure, source }),
          http: () => runLoad('http', { url, connections: CONNECTIONS, durationSeconds: measure, source }),
        },
        context.log,
      );
      const name = `${kind === 'search' ? 'full-text search page' : 'similar ideas'}, ${CONNECTIONS} clients, scale ${api.data.scale}`;
      figures.push(...loadFigures(name, measured.http, 'same SQL through pg', measured.sql));
    }
    return figures;
  },
};
export default scenario;
