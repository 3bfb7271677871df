import 'reflect-metadata';
import { ConfigError, loadConfig } from '@pollen/config';
import { startServer } from './server';

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
  const server = await startServer(config);
  console.log(`Pollen GraphQL API: ${server.url}/graphql`);
  console.log(`Web client:         ${server.url}/`);
  console.log(`Health:             ${server.url}/health`);
  console.log(`Database:           ${server.embedded ? `embedded PostgreSQL, data in ${config.dataDir}` : 'DATABASE_URL'}`);
  if (server.embedded?.binariesCopiedTo) {
    // As root from a folder closed to others: say where PostgreSQL's binaries and data went (embedded-home.ts).
    console.log(`PostgreSQL binaries: ${server.embedded.binariesCopiedTo} (the user postgres cannot enter this clone's folder)`);
  }
  if (server.demo) {
    console.log(`Demo account:       ${server.demo.email} / ${server.demo.password}`);
    console.log(`Demo challenge:     ${server.demo.challengeId}`);
  }
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: shutting down`);
    server.close().then(
      () => process.exit(0),
      (error: Error) => {
        console.error(error.message);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: Error) => {
  console.error(`Pollen failed to start: ${error.message}`);
  process.exit(1);
});
