import { DataSource } from 'typeorm';
import { ADVISORY_LOCKS, underSessionLock } from './advisory-lock';
import { dataSourceOptions } from './data-source-options';

/**
 * Runs pending migrations. Concurrent starters (several instances) serialise on an advisory
 * lock so each migration runs exactly once.
 */
export async function runMigrations(url: string): Promise<string[]> {
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  const runner = dataSource.createQueryRunner();
  try {
    await runner.connect();
    const applied = await underSessionLock(runner, ADVISORY_LOCKS.MIGRATIONS, () => dataSource.runMigrations({ transaction: 'each' }));
    return applied.map((m) => m.name);
  } finally {
    await runner.release();
    await dataSource.destroy();
  }
}
