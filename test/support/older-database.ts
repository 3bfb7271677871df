import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/database/src/data-source-options';
import { MIGRATIONS } from '../../libs/database/src/migrations';
import { withDatabase } from '../setup/global-setup';

/**
 * A database of its own, migrated up to (not including) the migration named `before`: a spec
 * writes there what an older release wrote, then starts the server on it (`createTestApp({
 * sameDatabaseAs })`), which applies the remaining migrations, and checks what they made of it.
 */
export async function olderDatabase(prefix: string, before: string): Promise<{ url: string; older: DataSource; drop: () => Promise<void> }> {
  const adminUrl = process.env.POLLEN_TEST_ADMIN_URL!;
  const database = `${prefix}_${process.pid}_${Date.now()}`;
  const admin = async (sql: string) => {
    const client = new Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  const index = MIGRATIONS.findIndex((migration) => migration.name === before);
  if (index < 0) throw new Error(`no migration named ${before}`);
  await admin(`CREATE DATABASE "${database}"`);
  const url = withDatabase(adminUrl, database);
  const older = new DataSource({ ...dataSourceOptions(url), migrations: MIGRATIONS.slice(0, index) });
  await older.initialize();
  await older.runMigrations({ transaction: 'each' });
  return { url, older, drop: () => admin(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`) };
}
