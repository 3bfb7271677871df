import type { NextFunction, Request, Response } from 'express';
import { MAX_VARIABLES_DEPTH } from '@pollen/kernel';

/**
 * Refuses GraphQL variables nested deeper than any input of the schema, as soon as the body is
 * parsed and before Apollo or anything else recurses into them (coercion, the cost's cache key):
 * a 45,000-deep array used to overflow the stack and answer 500. The walk is iterative. Apollo
 * answers any throw of its request-start hooks with a 500, hence a middleware.
 */
export function variablesDepthLimit(request: Request, response: Response, next: NextFunction): void {
  const body = request.body as { variables?: unknown } | unknown[] | undefined;
  const batch = Array.isArray(body) ? body : [body];
  if (batch.some((operation) => depthAbove((operation as { variables?: unknown } | undefined)?.variables, MAX_VARIABLES_DEPTH))) {
    response.status(400).json({
      errors: [{ message: `Variables are nested deeper than ${MAX_VARIABLES_DEPTH} levels`, extensions: { code: 'LIMIT_EXCEEDED', limit: 'MAX_VARIABLES_DEPTH' } }],
    });
    return;
  }
  next();
}

function depthAbove(root: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (value === null || typeof value !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Array.isArray(value) ? value : Object.values(value)) {
      if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
    }
  }
  return false;
}
