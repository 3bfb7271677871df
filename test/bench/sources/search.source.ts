import type { ClientBase } from 'pg';
import type { Db } from '@pollen/database';
import { IdeaOrder, IdeasRepository } from '@pollen/ideas';
import { SIMILAR_IDEAS_LIMIT } from '@pollen/kernel';
import type { HttpRequestSpec } from '../load';

export interface SearchParams {
  challengeId: string;
  kind: 'search' | 'similar';
  /** The challenge's text search configuration (the seeded challenge is Portuguese). */
  tsConfig: string;
}

// Words of the seeded vocabulary (apps/seed/src/vocabulary.ts), in the three languages.
const SEARCHES = ['teto solar', 'bateria', 'banco dobrável', 'painel inteligente', 'roof solar', 'charger', 'siège enfant', 'porta leve', 'quiet motor', 'volant connecté'];
const DRAFTS = ['Imagine um teto solar', 'carro elétrico compacto', 'A foldable child seat', 'Je propose un coffre modulaire', 'bateria reciclável', 'smart parking charger'];

const SEARCH_QUERY = `query Search($c: ID!, $q: String!) { ideas(challengeId: $c, search: $q, first: 20) { edges { node { id title score } } } }`;
const SIMILAR_QUERY = `query Similar($c: ID!, $t: String!) { similarIdeas(challengeId: $c, text: $t) { id title score } }`;

function texts(params: SearchParams): () => string {
  const list = params.kind === 'search' ? SEARCHES : DRAFTS;
  let i = 0;
  return () => list[i++ % list.length];
}

export function httpSource(params: SearchParams): () => HttpRequestSpec {
  const next = texts(params);
  return () => {
    const text = next();
    const body =
      params.kind === 'search'
        ? { query: SEARCH_QUERY, variables: { c: params.challengeId, q: text } }
        : { query: SIMILAR_QUERY, variables: { c: params.challengeId, t: text } };
    return { body: JSON.stringify(body) };
  };
}

/** The API's own repository (so its very SQL), run on a plain pg client instead of the Nest pool. */
function repositoryOn(client: ClientBase): IdeasRepository {
  const db = {
    query: async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows,
    one: async (sql: string, values: unknown[] = []) => (await client.query(sql, values)).rows[0] ?? null,
  };
  return new IdeasRepository(db as unknown as Db);
}

export function sqlSource(params: SearchParams): () => (client: ClientBase) => Promise<void> {
  const next = texts(params);
  return () => {
    const text = next();
    return async (client) => {
      const ideas = repositoryOn(client);
      if (params.kind === 'similar') await ideas.similar(params.challengeId, text, SIMILAR_IDEAS_LIMIT);
      else await ideas.feed({ challengeId: params.challengeId, order: IdeaOrder.RELEVANCE, search: text, tsConfig: params.tsConfig, after: null, limit: 21 });
    };
  };
}
