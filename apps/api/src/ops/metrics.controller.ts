import { Controller, Get, Headers, Inject, NotFoundException, Res, UnauthorizedException } from '@nestjs/common';
import { timingSafeEqual } from 'node:crypto';
import type { Response } from 'express';
import { POLLEN_CONFIG, PollenConfig } from '@pollen/config';
import { MetricsService } from '@pollen/observability';

/**
 * `/metrics` on the public port. With METRICS_TOKEN set, it answers only `Authorization: Bearer
 * <token>`; without it, it is open in development and test and absent (404) in production,
 * where Prometheus scrapes the METRICS_PORT listener instead (see server.ts).
 */
@Controller('metrics')
export class MetricsController {
  constructor(
    @Inject(POLLEN_CONFIG) private readonly config: PollenConfig,
    private readonly metrics: MetricsService,
  ) {}

  @Get()
  async scrape(@Headers('authorization') authorization: string | undefined, @Res() res: Response): Promise<void> {
    const token = this.config.metricsToken;
    if (token) {
      if (!authorization || !sameSecret(authorization, `Bearer ${token}`)) throw new UnauthorizedException();
    } else if (this.config.nodeEnv === 'production') {
      throw new NotFoundException();
    }
    res.type(this.metrics.registry.contentType).send(await this.metrics.text());
  }
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
