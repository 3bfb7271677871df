import { Controller, Get, HttpStatus, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheckService } from '@nestjs/terminus';
import type { Response } from 'express';
import { ReadinessService } from './readiness.service';

/**
 * Liveness and readiness (@nestjs/terminus). `/health/live`: the process serves HTTP (a
 * restart would not help otherwise). `/health/ready`: it should get traffic (see
 * ReadinessService); 503 with each check's state when not. `/health` is readiness, as before.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly readiness: ReadinessService,
  ) {}

  @Get('live')
  live(): Promise<unknown> {
    return this.health.check([]);
  }

  @Get('ready')
  ready(@Res() res: Response): Promise<void> {
    return this.answerReadiness(res);
  }

  @Get()
  legacy(@Res() res: Response): Promise<void> {
    return this.answerReadiness(res);
  }

  private async answerReadiness(res: Response): Promise<void> {
    try {
      const result = await this.health.check(this.readiness.checks());
      this.readiness.noted(true, result.details);
      res.status(HttpStatus.OK).json(result);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      const body = error.getResponse() as HealthBody;
      this.readiness.noted(false, body.error);
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json(publicBody(body));
    }
  }
}

type HealthBody = { status: string; info?: Checks; error?: Checks; details?: Checks };
type Checks = Record<string, { status: string; message?: string; [key: string]: unknown }>;

/** A connection error can name hosts and users: outsiders see "unreachable", the log has the reason. */
const OPAQUE = new Set(['database', 'redis']);

function publicBody(body: HealthBody): HealthBody {
  const clean = (checks?: Checks): Checks | undefined =>
    checks &&
    Object.fromEntries(
      Object.entries(checks).map(([key, check]) => [key, OPAQUE.has(key) && check.status !== 'up' ? { status: check.status, message: 'unreachable' } : check]),
    );
  return { status: body.status, info: clean(body.info), error: clean(body.error), details: clean(body.details) };
}
