import { ExecutionContext, Injectable } from '@nestjs/common';
import { GqlContextType, GqlExecutionContext } from '@nestjs/graphql';
import { AuthGuard } from '@nestjs/passport';
import { PollenError, Viewer } from '@pollen/kernel';
import type { Request } from 'express';
import { SessionStates } from './session-states.service';

type ViewerRequest = Omit<Request, 'user'> & { user?: Viewer | null };

/**
 * Global guard for GraphQL: a request without a token is anonymous (req.user = null) and
 * services decide what anonymous users may do; a request with a bad token, or the token of a
 * session that has ended (logout, a reused refresh token; SessionStates), is refused.
 */
@Injectable()
export class ViewerGuard extends AuthGuard('jwt') {
  constructor(private readonly sessions: SessionStates) {
    super();
  }

  override getRequest(context: ExecutionContext): ViewerRequest {
    return GqlExecutionContext.create(context).getContext<{ req: ViewerRequest }>().req;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType<GqlContextType>() !== 'graphql') return true;
    const req = this.getRequest(context);
    if (req.user !== undefined) return true; // already decided for an earlier root field
    if (!req.headers.authorization) {
      req.user = null;
      return true;
    }
    await super.canActivate(context);
    const viewer = req.user as Viewer | null | undefined; // set by passport meanwhile
    if (viewer && !(await this.sessions.isOpen(viewer.sessionId))) {
      req.user = undefined;
      throw PollenError.unauthenticated('Session has ended; sign in again');
    }
    return true;
  }

  override handleRequest<TUser>(error: unknown, user: TUser, info: unknown): TUser {
    if (error || !user) {
      const expired = (info as Error | undefined)?.name === 'TokenExpiredError';
      throw PollenError.unauthenticated(expired ? 'Access token has expired' : 'Access token is invalid');
    }
    return user;
  }
}
