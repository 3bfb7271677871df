import { Extensions } from '@nestjs/graphql';
import { GraphQLSchema, defaultFieldResolver, isObjectType } from 'graphql';

/** The key under which a field's `fromRow` travels in its GraphQL extensions. */
const FROM_ROW = 'pollenFromRow';

type FromRow<Row> = (row: Row) => unknown;

/**
 * On a field resolver: the parent row may already carry the answer (the query that read it
 * fetched it too, as a shared feed page carries each idea's author and the reader's own vote).
 * When `fromRow(row)` is not undefined it is the answer, given synchronously; otherwise the
 * resolver below the decorator runs as written (its loader batches the page).
 *
 * Why: a Nest field resolver is an async wrapper (context creation, parameter decorators, a
 * promise), and on a page of 20 ideas two of them per idea turned every idea into a pending
 * object for graphql-js to await. The API installs the short cut with `answerFieldsFromRows`.
 */
export function AnswerFromRow<Row>(fromRow: FromRow<Row>): MethodDecorator {
  return Extensions({ [FROM_ROW]: fromRow });
}

/**
 * The schema's fields marked `@AnswerFromRow` answer from the row when it carries the value
 * (a `transformSchema` of the GraphQL module). Returns the same schema, changed in place.
 */
export function answerFieldsFromRows(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const fromRow = field.extensions?.[FROM_ROW] as FromRow<unknown> | undefined;
      if (!fromRow) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      field.resolve = (source, args, context, info) => {
        const value = fromRow(source);
        return value !== undefined ? value : resolve(source, args, context, info);
      };
    }
  }
  return schema;
}
