import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { REQUEST_ID_HEADER, requestIdFrom, withRequestId } from '@pollen/kernel';
import { MetricsService } from './metrics.service';
import { routeLabel } from './operation-label.util';

/**
 * Runs the rest of the request with its id in reach of any code (`currentRequestId()`: the
 * outbox insert records it), and times it for `pollen_http_request_duration_seconds`. Mounted
 * as Nest middleware, after the body is read, so the async context is the request's own.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  constructor(private readonly metrics: MetricsService) {}

  use(req: Request & { id?: unknown }, res: Response, next: NextFunction): void {
    const started = process.hrtime.bigint();
    const route = routeLabel(req.originalUrl ?? req.url);
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      this.metrics.httpDuration.observe({ route, method: req.method, status: String(res.statusCode) }, seconds);
    });
    // Whichever of this and pino-http's middleware runs first gives the request its id; the other reuses it.
    if (typeof req.id !== 'string') {
      req.id = requestIdFrom(req.headers[REQUEST_ID_HEADER]);
      res.setHeader('X-Request-Id', req.id);
    }
    withRequestId(req.id, next);
  }
}
