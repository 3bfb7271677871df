import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';

/** An event's data: a JSON object, output only. */
export const JSONObjectScalar = new GraphQLScalarType({
  name: 'JSONObject',
  description: 'A JSON object (event data)',
  serialize: (value) => value,
  parseValue: () => {
    throw new GraphQLError('JSONObject is output only');
  },
  parseLiteral: (ast) => {
    throw new GraphQLError(`JSONObject is output only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`);
  },
});
