import { INestApplication, Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { Server as HttpServer } from 'node:http';
import { Logger } from 'nestjs-pino';
import { PollenConfig } from '@pollen/config';
import { EmbeddedDatabase, runMigrations, startEmbeddedPostgres } from '@pollen/database';
import { MAX_REQUEST_BODY, shutdownStepsRunning } from '@pollen/kernel';
import { MetricsService } from '@pollen/observability';
import { AppModule } from './app.module';
import { variablesDepthLimit } from './graphql/variables-depth';
import { DemoSeeder, DemoSummary } from './demo/demo.seeder';
import { InFlight, startMetricsListener } from './ops/listeners';
import { LifecycleService } from './ops/lifecycle.service';
import { serveWebClient } from './web/web-client';

export interface RunningServer {
  app: INestApplication;
  url: string;
  /** The METRICS_PORT listener's address (null without one). */
  metricsUrl: string | null;
  databaseUrl: string;
  /** The embedded PostgreSQL, when Pollen started its own (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
  demo: DemoSummary | null;
  /** The graceful stop (see `stopGracefully`), bounded by SHUTDOWN_GRACE_MS: rejects when the bound was hit. */
  close(): Promise<void>;
}

/**
 * Starts Pollen: the embedded PostgreSQL when no DATABASE_URL is given, the migrations, the
 * Nest application (HTTP + GraphQL), the demo data on an empty database when asked, the
 * listener, and the metrics listener when METRICS_PORT is set. `close()` stops everything in
 * reverse order.
 */
export async function startServer(config: PollenConfig): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  let app: NestExpressApplication | null = null;
  let metrics: HttpServer | null = null;
  try {
    await runMigrations(databaseUrl);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), { bufferLogs: true });
    app.useLogger(app.get(Logger));
    app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
    app.use('/graphql', variablesDepthLimit);
    app.use(helmet({ contentSecurityPolicy: config.nodeEnv === 'production' ? undefined : false }));
    app.disable('x-powered-by');
    // The client address the write limits count (clientKeyOf): X-Forwarded-For only from trusted proxies.
    app.set('trust proxy', config.trustProxy);
    const inFlight = new InFlight(app.getHttpServer());
    serveWebClient(app, config);
    const demo = config.seedDemo ? await app.get(DemoSeeder).seedIfEmpty() : null;
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    if (config.metricsPort !== null) metrics = await startMetricsListener(app.get(MetricsService), config.host, config.metricsPort);
    const metricsServer = metrics;
    const running = app;
    return {
      app: running,
      url: `http://${host}:${address.port}`,
      metricsUrl: metricsServer ? `http://${host}:${(metricsServer.address() as { port: number }).port}/metrics` : null,
      databaseUrl,
      embedded,
      demo,
      close: () => stopGracefully(config, running, inFlight, metricsServer, embedded),
    };
  } catch (error) {
    metrics?.close();
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}

/**
 * SIGTERM's sequence, bounded by SHUTDOWN_GRACE_MS: readiness answers 503 at once; for
 * SHUTDOWN_DRAIN_MS the instance goes on serving (with `Connection: close`) while the load
 * balancer notices; then the listener closes, idle connections with it, and the requests under
 * way finish; then Nest's shutdown hooks run: the realtime gateway closes every socket (1001
 * "going away": socket.io clients reconnect by themselves, to another instance), the relay
 * marks what it published and releases its lock (another instance takes over within its
 * poll), periodic jobs run a last pass, and the SQL pool closes; last, the embedded PostgreSQL
 * stops. Past the bound, the connections left are cut and the promise rejects.
 */
async function stopGracefully(
  config: PollenConfig,
  app: NestExpressApplication,
  inFlight: InFlight,
  metrics: HttpServer | null,
  embedded: EmbeddedDatabase | null,
): Promise<void> {
  const logger = new NestLogger('Shutdown');
  const started = Date.now();
  const http = app.getHttpServer();
  let timer: NodeJS.Timeout | undefined;
  // What the stop is doing, for one that takes too long to say where it waits.
  let stage = 'draining';
  const bound = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const steps = shutdownStepsRunning();
      const waiting = steps.length > 0 ? `; still running: ${steps.join(', ')}` : '';
      reject(new Error(`shutdown took longer than SHUTDOWN_GRACE_MS (${config.shutdownGraceMs} ms), while ${stage}${waiting}`));
    }, config.shutdownGraceMs);
  });
  const sequence = (async () => {
    app.get(LifecycleService).drain();
    inFlight.closeConnectionsAfterResponse();
    logger.log({ msg: 'draining', inFlight: inFlight.count, drainMs: config.shutdownDrainMs });
    if (config.shutdownDrainMs > 0) await new Promise((resolve) => setTimeout(resolve, config.shutdownDrainMs));
    stage = `finishing the requests under way (${inFlight.count})`;
    http.close();
    http.closeIdleConnections();
    await inFlight.settled();
    logger.log({ msg: 'requests finished; closing sockets, relay, jobs and pools', ms: Date.now() - started });
    stage = 'closing sockets, relay, jobs and pools';
    await app.close();
    stage = 'closing the metrics listener';
    await new Promise((resolve) => (metrics ? metrics.close(resolve) : resolve(undefined)));
    stage = 'stopping the embedded PostgreSQL';
    await embedded?.stop();
  })();
  try {
    await Promise.race([sequence, bound]);
    logger.log({ msg: 'stopped', ms: Date.now() - started });
  } catch (error) {
    http.closeAllConnections();
    metrics?.closeAllConnections();
    throw error;
  } finally {
    clearTimeout(timer);
  }
}
