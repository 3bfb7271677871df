import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventsModule } from '@pollen/events';
import { LedgerModule } from '@pollen/ledger';
import { RealtimeModule } from '@pollen/realtime';
import { TelemetryPlugin } from '../graphql/telemetry.plugin';
import { HealthController } from './health.controller';
import { LifecycleService } from './lifecycle.service';
import { MetricsController } from './metrics.controller';
import { OpsGauges } from './ops-gauges.service';
import { ReadinessService } from './readiness.service';

/** What operators see: health (terminus), /metrics, the gauges and the GraphQL telemetry plugin. */
@Module({
  imports: [TerminusModule.forRoot({ logger: false }), EventsModule, LedgerModule, RealtimeModule],
  controllers: [HealthController, MetricsController],
  providers: [LifecycleService, ReadinessService, OpsGauges, TelemetryPlugin],
  exports: [LifecycleService],
})
export class OpsModule {}
