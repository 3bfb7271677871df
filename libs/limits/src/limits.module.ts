import { Module } from '@nestjs/common';
import { LimiterStore } from './limiter.store';
import { WriteLimits } from './write-limits.service';

/** Rate limits of every write. Imports nothing but kernel, config and observability (its refusal counter): every domain library may import it. */
@Module({
  providers: [LimiterStore, WriteLimits],
  exports: [LimiterStore, WriteLimits],
})
export class LimitsModule {}
