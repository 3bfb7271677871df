import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { MAX_RESPONSE_BYTES } from '@pollen/kernel';

/**
 * The last line behind the query cost: an answer whose JSON would pass MAX_RESPONSE_BYTES is
 * replaced whole by one error (`LIMIT_EXCEEDED`, `limit: MAX_RESPONSE_BYTES`), never sent
 * truncated. Its size is counted by walking the result (stopping once past the ceiling), so the
 * answers that fit are serialised once, as before.
 */
export function responseSizePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, operation }) {
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          if (result.data === undefined || result.data === null) return;
          if (jsonSizeAbove(result.data, MAX_RESPONSE_BYTES)) {
            const mutation = operation?.operation === 'mutation';
            const error = new GraphQLError(
              `The answer would be larger than ${MAX_RESPONSE_BYTES} bytes${mutation ? ' (the mutation was applied)' : ''}; ask for fewer items or fields`,
              { extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_RESPONSE_BYTES' } },
            );
            response.body.singleResult = { errors: [{ message: error.message, extensions: error.extensions }] };
            if (!mutation) response.http.status = 400;
          }
        },
      };
    },
  };
}

/** Whether `value` serialised as JSON would take more than `limit` bytes, about (an iterative walk that stops there). */
export function jsonSizeAbove(value: unknown, limit: number): boolean {
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === 'string') size += Buffer.byteLength(item) + 2;
    else if (item === null || item === undefined || typeof item !== 'object') size += 8;
    else if (Array.isArray(item)) {
      size += 1 + item.length;
      for (const child of item) stack.push(child);
    } else {
      for (const key in item) {
        size += key.length + 4;
        stack.push((item as Record<string, unknown>)[key]);
      }
    }
    if (size > limit) return true;
  }
  return false;
}
