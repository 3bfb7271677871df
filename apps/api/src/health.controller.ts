import { Controller, Get, HttpStatus, Res } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Response } from 'express';

const HEALTH_TIMEOUT_MS = 2_000;

@Controller('health')
export class HealthController {
  constructor(private readonly dataSource: DataSource) {}

  /** 200 when PostgreSQL answers within HEALTH_TIMEOUT_MS, 503 otherwise. */
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), HEALTH_TIMEOUT_MS).unref());
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout]);
      res.status(HttpStatus.OK).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(HttpStatus.SERVICE_UNAVAILABLE).json({ status: 'unavailable', database: 'down' });
    }
  }
}
