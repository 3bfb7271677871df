import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { GraphQLError, getNamedType } from 'graphql';
import { fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE, MAX_QUERY_COMPLEXITY } from '@pollen/kernel';

/**
 * Refuses operations whose estimated cost exceeds MAX_QUERY_COMPLEXITY before executing them.
 * A list field costs its page size (`first`) times its children, so nesting pages is expensive.
 */
export function complexityPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const complexity = getComplexity({
            schema,
            operationName: request.operationName,
            query: document,
            variables: request.variables,
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
