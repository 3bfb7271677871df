import type { Request } from 'express';
import { Viewer } from './viewer';

/** What every GraphQL resolver receives as context. `req` is the per-request identity key. */
export interface RequestContext {
  req: Request & { user?: Viewer | null };
}

export function viewerOf(ctx: RequestContext): Viewer | null {
  return ctx.req.user ?? null;
}
