import { Inject, Injectable, Logger, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { Db } from '@pollen/database';
import { AuthService } from '@pollen/identity';
import { PollenError, RETRY_AFTER_SECONDS, publicError, publicErrorBody } from '@pollen/kernel';
import {
  IDEMPOTENCY_HEADER,
  IDEMPOTENT_ANSWER_MAX_BYTES,
  GraphQLBody,
  fingerprintOf,
  lookupOf,
  mutationOf,
  open,
  parseIdempotencyKey,
  seal,
} from './idempotency-request.util';
import { IdempotencyRepository } from './idempotency.repository';

/** Answers that are not kept: nothing was decided, so a retry with the same key runs the request again. */
const NOT_KEPT = new Set(['SERVICE_UNAVAILABLE', 'INTERNAL_SERVER_ERROR', 'LIMIT_EXCEEDED', 'RATE_LIMITED']);

interface Answer {
  status: number;
  body: string;
  /** Cookies the answer set (a session's refresh token, with `refreshTokenIn: COOKIE`): part of the answer. */
  cookies?: string[];
}

/** Thrown inside the request transaction to roll it back, carrying what to answer instead. */
class Undo extends Error {
  constructor(readonly answer: Answer) {
    super('undone: answered instead');
  }
}

/** A GraphQL answer carrying one error, as formatError would give it. */
const errorBody = (error: unknown): string => {
  const { message, ...extensions } = publicErrorBody(error);
  return JSON.stringify({ errors: [{ message, extensions }], data: null });
};

/**
 * Idempotent mutations over GraphQL: a POST whose operation is a mutation and that carries an
 * `Idempotency-Key` header runs in one transaction with its key (Db.requestTransaction):
 *
 * 1. the key is claimed (a concurrent request with the same key waits for this one's end);
 * 2. a kept answer for the same key and the same request is given again, writing nothing
 *    (header `Idempotent-Replayed: true`); the same key with another request is refused with
 *    IDEMPOTENCY_KEY_REUSED;
 * 3. otherwise the request runs, its answer is kept with the key, and both commit together
 *    before the answer is sent. An answer that decided nothing (SERVICE_UNAVAILABLE, an
 *    internal error, a rate limit) is not kept: everything the request did is rolled back and
 *    a retry with the same key runs it again.
 *
 * Requests without the header, and queries, go on as before.
 */
@Injectable()
export class IdempotencyMiddleware implements NestMiddleware {
  private readonly logger = new Logger('Idempotency');

  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly db: Db,
    private readonly auth: AuthService,
    private readonly keys: IdempotencyRepository,
  ) {}

  async use(req: Request, res: Response, next: NextFunction): Promise<void> {
    const header = req.headers[IDEMPOTENCY_HEADER];
    if (req.method !== 'POST' || header === undefined) return next();
    const mutation = mutationOf(req.body);
    if (!mutation) return next();
    let key: string;
    try {
      key = parseIdempotencyKey(header);
    } catch (error) {
      return this.send(res, { status: 400, body: errorBody(error) });
    }
    let scope: string;
    try {
      scope = await this.scopeOf(req);
    } catch (error) {
      res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      return this.send(res, { status: 200, body: errorBody(error) });
    }
    const lookup = lookupOf(scope, key);
    const fingerprint = fingerprintOf(mutation, (req.body as GraphQLBody).variables);
    let answer: Answer;
    try {
      answer = await this.db.requestTransaction(async () => {
        const kept = await this.keys.claim(lookup);
        if (kept) throw new Undo(this.replay(kept, key, fingerprint, res));
        const first = await this.capture(res, next);
        const refusal = this.notKept(first);
        if (refusal) throw new Undo(refusal);
        const sealed = seal(JSON.stringify({ body: first.body, cookies: first.cookies ?? [] }), key, fingerprint, this.config.jwtSecret);
        await this.keys.keep(lookup, fingerprint, first.status, sealed, scope.startsWith('user:') ? scope.slice('user:'.length) : null);
        return first;
      });
    } catch (error) {
      if (error instanceof Undo) answer = error.answer;
      else if ((error as { code?: string }).code === '55P03') {
        answer = { status: 200, body: errorBody(new PollenError('IDEMPOTENCY_KEY_IN_USE', 'Idempotency-Key: a request with this key is still running; retry', { field: 'Idempotency-Key', retryAfterSeconds: RETRY_AFTER_SECONDS })) };
      } else {
        // The commit (or the key's read) failed: nothing was applied, whatever the answer said.
        const known = publicError(error);
        if (!known) this.logger.error(error instanceof Error ? error.stack ?? error.message : String(error));
        answer = { status: 200, body: errorBody(known) };
        if (known?.code === 'SERVICE_UNAVAILABLE') res.setHeader('retry-after', String(RETRY_AFTER_SECONDS));
      }
    }
    this.send(res, answer);
  }

  /**
   * The signed-in user, or everyone anonymous (a bad token is refused by the request itself). A
   * session that cannot be checked now (the database is away) is not taken for anonymous: the
   * key would be kept under the wrong scope, and a retry would run the write again.
   */
  private async scopeOf(req: Request): Promise<string> {
    const match = /^Bearer (.+)$/i.exec(req.headers.authorization ?? '');
    if (!match) return 'anonymous';
    try {
      return `user:${(await this.auth.verifyAccessToken(match[1])).userId}`;
    } catch (error) {
      if (publicError(error)?.code === 'SERVICE_UNAVAILABLE') throw error;
      return 'anonymous';
    }
  }

  private replay(kept: { fingerprint: Buffer; status: number; answer: Buffer }, key: string, fingerprint: Buffer, res: Response): Answer {
    const opened = kept.fingerprint.equals(fingerprint) ? open(kept.answer, key, fingerprint, this.config.jwtSecret) : null;
    if (opened === null) {
      const why = kept.fingerprint.equals(fingerprint) ? 'its first answer can no longer be read' : 'it was used for another request';
      return { status: 200, body: errorBody(new PollenError('IDEMPOTENCY_KEY_REUSED', `Idempotency-Key: ${why} (within a day); use a new key for a new request`, { field: 'Idempotency-Key' })) };
    }
    const { body, cookies } = JSON.parse(opened) as { body: string; cookies: string[] };
    res.setHeader('idempotent-replayed', 'true');
    return { status: kept.status, body, cookies };
  }

  /**
   * Runs the rest of the chain (Apollo) in this context and takes the answer it sends, without
   * sending it: it goes out once the transaction has committed (or been undone). A client that
   * goes away meanwhile changes nothing: the request runs to its end and its answer is kept, for
   * the retry (that is the cut answer this exists for). `next(error)` (an error Apollo did not
   * answer itself) is taken as a 500, which is not kept.
   */
  private capture(res: Response, next: NextFunction): Promise<Answer> {
    return new Promise<Answer>((resolve) => {
      const send = res.send;
      // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, on the same object
      const end = res.end;
      const take = (status: number, body: unknown) => {
        res.send = send;
        res.end = end;
        // Set again when the answer is sent, and only if it is: an undone sign-in must not set a cookie.
        const cookies = res.getHeader('set-cookie');
        res.removeHeader('set-cookie');
        resolve({
          status,
          body: typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : body === undefined ? '' : JSON.stringify(body),
          cookies: cookies === undefined ? [] : ([] as string[]).concat(cookies as string | string[]),
        });
        return res;
      };
      res.send = ((body: unknown) => take(res.statusCode, body)) as Response['send'];
      // Anything that ends the response without `send` (Express's error handler after an error
      // Apollo passed on): taken as it is; a 500 is not kept.
      res.end = ((chunk?: unknown) => take(res.statusCode, typeof chunk === 'function' ? undefined : chunk)) as Response['end'];
      try {
        next();
      } catch {
        take(500, errorBody(null));
      }
    });
  }

  /** What to answer instead of keeping `first`: null when it is kept. */
  private notKept(first: Answer): Answer | null {
    if (first.status >= 500) return first;
    if (Buffer.byteLength(first.body) > IDEMPOTENT_ANSWER_MAX_BYTES) {
      return { status: 200, body: errorBody(PollenError.limit('IDEMPOTENT_ANSWER_BYTES', `A keyed mutation's answer must stay under ${IDEMPOTENT_ANSWER_MAX_BYTES / 1024} KiB: select fewer fields; nothing was applied`)) };
    }
    let parsed: { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: unknown } }> };
    try {
      parsed = JSON.parse(first.body) as typeof parsed;
    } catch {
      return first;
    }
    const undecided = parsed.errors?.filter((error) => NOT_KEPT.has(String(error.extensions?.code)));
    if (!undecided?.length) return null;
    // Undone: an answer saying a field succeeded would be false now.
    return { status: first.status, body: JSON.stringify({ errors: undecided, data: null }) };
  }

  private send(res: Response, answer: Answer): void {
    if (answer.cookies?.length) res.setHeader('set-cookie', answer.cookies);
    res.status(answer.status);
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.send(answer.body);
  }
}
