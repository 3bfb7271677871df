import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Counter, Gauge, Histogram, Registry } from 'prom-client';
import { ProcessMetrics } from './process-metrics';

const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * Every Prometheus metric of one API instance, on a registry of its own (several instances may
 * share a process in tests; prom-client's global registry would mix them). Counters and
 * histograms are incremented where things happen; gauges that read state (pool, outbox, sealer,
 * sockets) are registered by whoever knows that state, with `gauge()`, and read on each scrape.
 * Every label has a fixed or bounded set of values (see operation-label.util.ts).
 */
@Injectable()
export class MetricsService implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly process = new ProcessMetrics(this.registry);

  readonly httpDuration = new Histogram({
    name: 'pollen_http_request_duration_seconds',
    help: 'HTTP requests by route prefix, method and status',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'pollen_graphql_operation_duration_seconds',
    help: 'GraphQL operations by operation name (bounded: unnamed, malformed and names beyond the first 200 are folded) and type',
    labelNames: ['operation', 'type'] as const,
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'pollen_graphql_errors_total',
    help: 'Errors in GraphQL answers by extensions.code',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly dbAcquire = new Histogram({
    name: 'pollen_db_pool_acquire_seconds',
    help: 'Time a query waited for a connection from the pool',
    buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5],
    registers: [this.registry],
  });

  readonly relayedEvents = new Counter({
    name: 'pollen_outbox_relayed_events_total',
    help: 'Outbox events this instance relayed to sockets (rate() of it is the relay rate)',
    registers: [this.registry],
  });

  readonly eventDelivery = new Histogram({
    name: 'pollen_event_delivery_seconds',
    help: 'From an event being recorded (its transaction) to the relay handing it to the sockets',
    buckets: [0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [this.registry],
  });

  /** Incremented by the write and sign-in limits at each refusal; `limit` is `policy:scope` (a fixed set, WRITE_LIMITS and sign-in). */
  readonly rateLimitRefusals = new Counter({
    name: 'pollen_rate_limit_refusals_total',
    help: 'Requests refused by a rate limit, by the limit that refused them',
    labelNames: ['limit'] as const,
    registers: [this.registry],
  });

  onModuleDestroy(): void {
    this.process.stop();
  }

  /** A gauge read at scrape time (`read` may query; a failure leaves the gauge out of that scrape). */
  gauge(name: string, help: string, read: () => number | null | Promise<number | null>, labels?: Record<string, string>): void {
    new Gauge({
      name,
      help,
      labelNames: labels ? Object.keys(labels) : [],
      registers: [this.registry],
      async collect() {
        this.reset();
        const value = await Promise.resolve()
          .then(read)
          .catch(() => null);
        if (value === null) return;
        if (labels) this.set(labels, value);
        else this.set(value);
      },
    });
  }

  /** Several gauges of one family read together (the pool's total, idle and waiting clients). */
  gaugeFamily(name: string, help: string, label: string, read: () => Record<string, number> | null): void {
    new Gauge({
      name,
      help,
      labelNames: [label],
      registers: [this.registry],
      collect() {
        this.reset();
        const values = read();
        if (values) for (const [key, value] of Object.entries(values)) this.set({ [label]: key }, value);
      },
    });
  }

  text(): Promise<string> {
    return this.registry.metrics();
  }
}
