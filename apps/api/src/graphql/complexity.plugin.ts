import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { DocumentNode, GraphQLError, GraphQLSchema } from 'graphql';
import { ComplexityEstimator, getComplexity } from 'graphql-query-complexity';
import { LRUCache } from 'lru-cache';
import { MAX_QUERY_COMPLEXITY, MAX_QUERY_NODES, costWeightOf, listSizeOf, requestedSize } from '@pollen/kernel';

/** Costs remembered per parsed document: one per operation and set of variables, at most this many. */
const COSTS_PER_DOCUMENT = 64;
/** Variables longer than this (a mutation's text, say) are not worth remembering: computed each time. */
const COST_KEY_MAX = 512;

/**
 * Every field weighs its `@cost` (1 unless told; large texts more, libs/kernel/src/query-cost.util.ts).
 * Every list is priced by its bound: a field with `@listSize` costs its weight plus its size
 * (`first` when given, else its assumed size) times what each item asks; a connection's size
 * applies to its `edges`, so nesting pages multiplies. Other fields cost their weight plus their
 * children.
 */
export const queryCostEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const size = listSizeOf(field);
  const weight = costWeightOf(field);
  return weight + (size ? requestedSize(size, args) : 1) * childComplexity;
};

/**
 * Refuses operations whose estimated cost exceeds MAX_QUERY_COMPLEXITY before executing them.
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
            throw limitExceeded(
              'MAX_QUERY_COMPLEXITY',
              `Query is too complex: cost ${complexity} exceeds the limit of ${MAX_QUERY_COMPLEXITY}; ask for smaller pages or fewer fields`,
            );
          }
        },
      };
    },
  };
}

export function limitExceeded(limit: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'LIMIT_EXCEEDED', limit, http: { status: 400 } } });
}

function computeCost(schema: GraphQLSchema, document: DocumentNode, operationName: string | undefined, variables: Record<string, unknown> | undefined): number {
  try {
    return getComplexity({
      schema,
      operationName,
      query: document,
      variables,
      // A fragment spread is walked each time it is spread: the walk stops after this many
      // selections (a fragment bomb is refused in microseconds, not priced for minutes).
      maxQueryNodes: MAX_QUERY_NODES,
      estimators: [queryCostEstimator],
    });
  } catch (error) {
    if (error instanceof GraphQLError && /maximum allowed number of nodes/.test(error.message)) {
      throw limitExceeded('MAX_QUERY_NODES', `Query is too complex: more than ${MAX_QUERY_NODES} selections to price once its fragments are spread`);
    }
    // Variables that do not fit their types: the operation will not run, and Apollo answers why
    // (400, BAD_USER_INPUT) when it coerces them; thrown from here it would be a 500.
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}
