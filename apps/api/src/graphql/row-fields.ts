import { GraphQLObjectType, GraphQLSchema, defaultFieldResolver } from 'graphql';
import type { IdeaRow } from '@pollen/ideas';
import { voteValueOf } from '@pollen/votes';

/**
 * Fields a row may already carry because the statement that read it fetched them too (a shared
 * feed page carries each idea's author and the reader's own vote). For those rows the value is
 * answered synchronously from the row; for any other row the field's resolver runs as written.
 * Why: a Nest field resolver is an async wrapper (context creation, parameter decorators, a
 * promise), and on a page of 20 ideas two of them per idea turned every idea into a pending
 * object for graphql-js to await.
 */
const ROW_FIELDS: Array<{ type: string; field: string; fromRow: (source: never) => unknown }> = [
  { type: 'Idea', field: 'author', fromRow: (idea: IdeaRow) => idea.author },
  { type: 'Idea', field: 'viewerVote', fromRow: (idea: IdeaRow) => (idea.viewerVote === undefined ? undefined : voteValueOf(idea.viewerVote)) },
];

export function answerRowFieldsFromRows(schema: GraphQLSchema): GraphQLSchema {
  for (const { type, field, fromRow } of ROW_FIELDS) {
    const object = schema.getType(type);
    if (!(object instanceof GraphQLObjectType)) throw new Error(`row-fields: no object type ${type}`);
    const definition = object.getFields()[field];
    if (!definition) throw new Error(`row-fields: no field ${type}.${field}`);
    const resolve = definition.resolve ?? defaultFieldResolver;
    definition.resolve = (source, args, context, info) => {
      const value = fromRow(source as never);
      return value !== undefined ? value : resolve(source, args, context, info);
    };
  }
  return schema;
}
