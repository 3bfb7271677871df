import { INestApplication, LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import { PollenConfig } from '@pollen/config';
import { EmbeddedDatabase, runMigrations, startEmbeddedPostgres } from '@pollen/database';
import { MAX_REQUEST_BODY } from '@pollen/kernel';
import { AppModule } from './app.module';
import { variablesDepthLimit } from './graphql/variables-depth';
import { DemoSeeder, DemoSummary } from './demo/demo.seeder';
import { serveWebClient } from './web/web-client';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];

export interface RunningServer {
  app: INestApplication;
  url: string;
  databaseUrl: string;
  /** The embedded PostgreSQL, when Pollen started its own (no DATABASE_URL). */
  embedded: EmbeddedDatabase | null;
  demo: DemoSummary | null;
  close(): Promise<void>;
}

/**
 * Starts Pollen: the embedded PostgreSQL when no DATABASE_URL is given, the migrations, the
 * Nest application (HTTP + GraphQL), the demo data on an empty database when asked, and the
 * listener. `close()` stops everything in reverse order.
 */
export async function startServer(config: PollenConfig): Promise<RunningServer> {
  let embedded: EmbeddedDatabase | null = null;
  if (!config.databaseUrl) embedded = await startEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const databaseUrl = config.databaseUrl ?? embedded!.url;
  let app: NestExpressApplication | null = null;
  try {
    await runMigrations(databaseUrl);
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
      logger: LEVELS.slice(0, LEVELS.indexOf(config.logLevel) + 1),
    });
    app.useBodyParser('json', { limit: MAX_REQUEST_BODY });
    app.use('/graphql', variablesDepthLimit);
    app.use(helmet({ contentSecurityPolicy: config.nodeEnv === 'production' ? undefined : false }));
    app.disable('x-powered-by');
    // The client address the write limits count (clientKeyOf): X-Forwarded-For only from trusted proxies.
    app.set('trust proxy', config.trustProxy);
    serveWebClient(app, config);
    const demo = config.seedDemo ? await app.get(DemoSeeder).seedIfEmpty() : null;
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const running = app;
    return {
      app: running,
      url: `http://${host}:${address.port}`,
      databaseUrl,
      embedded,
      demo,
      close: async () => {
        await running.close();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    throw error;
  }
}
