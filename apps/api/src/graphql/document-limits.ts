import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, ValidationContext, ValidationRule } from 'graphql';
import { MAX_QUERY_ALIASES, MAX_QUERY_DEPTH, MAX_QUERY_DIRECTIVES, MAX_QUERY_TOKENS } from '@pollen/kernel';
import { limitExceeded } from './complexity.plugin';

/**
 * Bounds on the document itself, checked before anything walks it at length: tokens while it is
 * parsed (graphql-js's own `maxTokens`, through Apollo's parseOptions: armor's max-tokens plugin
 * throws from `parsingDidStart`, which Apollo Server 5 answers with a 500), then aliases,
 * directives and depth (fragments counted once each, cycles cut) as validation rules, through
 * graphql-armor. Each refusal is a 400 with `LIMIT_EXCEEDED` naming the limit (format-error.ts). Armor's own cost limit is off: Pollen prices lists by their
 * bounds (complexity.plugin.ts), which armor's schema-less estimate cannot do.
 */
export function documentLimits(): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[]; parseOptions: { maxTokens: number } } {
  const refuse = (limit: string) => ({
    exposeLimits: true,
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) => {
        context?.reportError(limitExceeded(limit, error.message.replace(/^Syntax Error: /, '')));
      },
    ],
  });
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxAliases: { n: MAX_QUERY_ALIASES, ...refuse('MAX_QUERY_ALIASES') },
    maxDirectives: { n: MAX_QUERY_DIRECTIVES, ...refuse('MAX_QUERY_DIRECTIVES') },
    // Fragments add no level of their own: a client's fragments leave its depth as written out.
    maxDepth: { n: MAX_QUERY_DEPTH, flattenFragments: true, ...refuse('MAX_QUERY_DEPTH') },
    costLimit: { enabled: false },
    // Apollo's own hideSchemaDetailsFromClientErrors takes suggestions out (armor's mask misses enum values).
    blockFieldSuggestion: { enabled: false },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules: validationRules, parseOptions: { maxTokens: MAX_QUERY_TOKENS } };
}
