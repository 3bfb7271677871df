import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { print } from 'graphql';
import type { TestApp } from '../setup/test-app';

/** One error of an answer, as the API formats it (never a stack trace or SQL). */
export interface GqlError {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions: Record<string, any>;
}

/**
 * An answer typed by its operation. `data` is the operation's result type and `errors` a list, so
 * that assertions read `res.data.x` and `res.errors[0]` as they do on the wire; on the wire `errors`
 * is absent when the operation succeeded (specs check `toBeUndefined()`), and `data` null or partial
 * when it failed.
 */
export interface Answer<TData> {
  status: number;
  data: TData;
  errors: GqlError[];
}

/** Who sends an operation: a person (their access token), a token, or nobody. */
export type As = { token: string } | string | undefined;

type Variables<TVars> = Record<string, never> extends TVars ? [variables?: TVars] : [variables: TVars];

/**
 * Sends an operation written with `graphql()` from test/gql (typed from apps/api/schema.gql) over
 * HTTP, as a client does. Operations that are malformed on purpose (bad input, query limits) stay
 * raw strings sent through `t.gql`.
 */
export async function send<TData, TVars extends Record<string, unknown>>(
  t: Pick<TestApp, 'gql'>,
  as: As,
  document: TypedDocumentNode<TData, TVars>,
  ...[variables]: Variables<TVars>
): Promise<Answer<TData>> {
  return request(t, as, document, variables ?? ({} as TVars));
}

/** `send` with its variables always given, for a spec's helper that is generic over documents. */
export async function request<TData, TVars extends Record<string, unknown>>(t: Pick<TestApp, 'gql'>, as: As, document: TypedDocumentNode<TData, TVars>, variables: TVars): Promise<Answer<TData>> {
  const token = typeof as === 'string' ? as : as?.token;
  const res = await t.gql(print(document), variables, token);
  return res as Answer<TData>;
}

/** The answer to a document, for a loop whose variables come from its previous answer (a cursor). */
export type AnswerOf<D> = D extends TypedDocumentNode<infer TData, any> ? Answer<TData> : never;
