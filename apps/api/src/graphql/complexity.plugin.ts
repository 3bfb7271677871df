import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema, getNamedType } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_COMPLEXITY } from '@pollen/kernel';

/** Costs remembered per parsed document: one per operation and set of variables, at most this many. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this (a mutation's text, say) are not worth remembering: computed each time. */
const COST_KEY_MAX = 512;

/**
 * Refuses operations whose estimated cost exceeds MAX_QUERY_COMPLEXITY before executing them.
 * A list field costs its page size (`first`) times its children, so nesting pages is expensive.
 *
 * Apollo hands every request with the same query text the same parsed document (its document
 * store), and a cost depends only on the document, the operation and the variables: it is computed
 * once per such triple (walking the document was ~3.5% of the API's CPU on the HOT feed).
 */
export function complexityPlugin(): ApolloServerPlugin {
  const costs = new WeakMap<DocumentNode, LRUCache<string, number>>();
  const costOf = (schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined) => {
    const key = `${operationName ?? ''}\n${JSON.stringify(variables ?? {})}`;
    if (key.length > COST_KEY_MAX) return computeCost(schema, document, operationName, variables);
    let byVariables = costs.get(document);
    if (!byVariables) costs.set(document, (byVariables = new LRUCache<string, number>({ max: COSTS_PER_DOCUMENT })));
    let cost = byVariables.get(key);
    if (cost === undefined) {
      cost = computeCost(schema, document, operationName, variables);
      byVariables.set(key, cost);
    }
    return cost;
  };
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = costOf(schema, document, request.operationName, request.variables);
          if (complexity > MAX_QUERY_COMPLEXITY) {
            throw new GraphQLError(
              `Query is too complex: cost ${complexity} exceeds the limit of ${MAX_QUERY_COMPLEXITY}; ask for smaller pages or fewer fields`,
              { extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_QUERY_COMPLEXITY', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

function computeCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
  return getComplexity({
    schema,
    operationName,
    query: document,
    variables,
    estimators: [
      fieldExtensionsEstimator(),
      ({ field, args, childComplexity }) => {
        if (!getNamedType(field.type).name.endsWith('Connection')) return undefined;
        const first = typeof args.first === 'number' ? args.first : DEFAULT_PAGE_SIZE;
        return 1 + first * Math.max(childComplexity, 1);
      },
      simpleEstimator({ defaultComplexity: 1 }),
    ],
  });
}
