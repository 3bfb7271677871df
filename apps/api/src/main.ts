import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigError, loadConfig } from '@pollen/config';
import { startServer, type RunningServer } from './server';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = new Logger('Pollen');
  // The signal handlers come first: until a process listens for SIGINT, a Ctrl-C (or a script's
  // SIGINT right after the banner) kills it outright, leaving the embedded PostgreSQL to its
  // watchdog. A signal during start-up waits for the start to end, then stops as any other.
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      if (signal === 'SIGINT') process.exit(130); // a second Ctrl-C: now
      return;
    }
    stopping = true;
    logger.log(`${signal}: shutting down (at most ${config.shutdownGraceMs} ms)`);
    started.then((server) => server.close()).then(
      () => process.exit(0),
      (error: Error) => {
        logger.error(error.message);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  const started: Promise<RunningServer> = startServer(config);
  const server = await started;
  if (stopping) return;
  // Where it listens is said whatever LOG_LEVEL is (scripts and people wait for it), in the log's format.
  const announce = (msg: string) =>
    config.logFormat === 'json' ? process.stdout.write(`${JSON.stringify({ level: 'info', time: new Date().toISOString(), pid: process.pid, context: 'Pollen', msg })}\n`) : console.log(msg);
  announce(`Pollen GraphQL API: ${server.url}/graphql`);
  announce(`Web client:         ${server.url}/`);
  announce(`Health:             ${server.url}/health/live, ${server.url}/health/ready`);
  if (server.metricsUrl) announce(`Metrics:            ${server.metricsUrl}`);
  announce(`Database:           ${server.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`);
  if (server.embedded?.binariesCopiedTo) {
    // As root from a folder closed to others: say where PostgreSQL's binaries and data went (embedded-home.ts).
    announce(`PostgreSQL binaries: ${server.embedded.binariesCopiedTo} (the user postgres cannot enter this clone's folder)`);
  }
  if (server.demo) {
    // On the terminal, not in the log: the demo's published credentials, for the person who ran `npm start`.
    console.log(`Demo account:       ${server.demo.email} / ${server.demo.password}`);
    console.log(`Demo challenge:     ${server.demo.challengeId}`);
    console.log(`Control room:       /manage (signed in as the demo brand lead: moderation queue, review board)`);
  }
}

main().catch((error: Error) => {
  console.error(`Pollen failed to start: ${error.message}`);
  process.exit(1);
});
