import type { Request, Response } from 'express';
import { Viewer } from './viewer';

/**
 * What every GraphQL resolver receives as context. `req` is the per-request identity key; `res`
 * is there for the few answers that set a header (the session cookie), absent outside HTTP.
 */
export interface RequestContext {
  req: Request & { user?: Viewer | null };
  res?: Response;
}

export function viewerOf(ctx: RequestContext): Viewer | null {
  return ctx.req.user ?? null;
}
