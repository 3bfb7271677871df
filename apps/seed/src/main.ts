import 'reflect-metadata';
import { ConfigError, loadConfig } from '@pollen/config';
import { runMigrations, useEmbeddedPostgres } from '@pollen/database';
import { SEEDED_PASSWORD, SeedRefused, seed } from './seed';

const USAGE = 'usage: npm run seed -- --scale N [--force] [--seed S]   (N × Fiat Mio; 1 = 17,000 people, 11,000 ideas)';

function parse(argv: string[]): { scale: number; force: boolean; seed?: number } {
  const args = { scale: 1, force: false, seed: undefined as number | undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--force') args.force = true;
    else if (arg === '--scale' || arg === '--seed') {
      const value = Number(argv[++i]);
      if (!Number.isFinite(value) || value <= 0 || (arg === '--scale' && value > 100)) throw new Error(`${arg} must be a number above 0${arg === '--scale' ? ' and at most 100' : ''}\n${USAGE}`);
      if (arg === '--scale') args.scale = value;
      else args.seed = Math.floor(value);
    } else throw new Error(`unknown argument ${arg}\n${USAGE}`);
  }
  return args;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const config = loadConfig();
  const embedded = config.databaseUrl ? null : await useEmbeddedPostgres(config.dataDir, config.embeddedPgPort);
  const url = config.databaseUrl ?? embedded!.url;
  const tty = process.stderr.isTTY;
  const tableStart = new Map<string, number>();
  try {
    await runMigrations(url);
    console.error(`Seeding ${args.scale} × Fiat Mio into ${config.databaseUrl ? 'DATABASE_URL' : `the embedded database (${config.dataDir})`}`);
    const result = await seed(url, {
      ...args,
      progress: (table, rows, total) => {
        const began = tableStart.get(table) ?? (tableStart.set(table, Date.now()), Date.now());
        const rate = Math.round(rows / Math.max(0.001, (Date.now() - began) / 1000));
        const width = 30;
        const filled = total > 0 ? Math.min(width, Math.round((rows / total) * width)) : width;
        const line = `${table.padEnd(14)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${rows.toLocaleString('en')} rows, ${rate.toLocaleString('en')} rows/s`;
        if (tty) process.stderr.write(`\r${line}${rows >= total ? '\n' : ''}`);
        else if (rows >= total) console.error(line);
      },
    });
    console.log(`Seeded in ${result.seconds.toFixed(1)} s: ${Object.entries(result.rows).map(([t, c]) => `${c.toLocaleString('en')} ${t}`).join(', ')}`);
    console.log(`Challenge ${result.challengeId}; brand lead ${result.ownerEmail}, every seeded account's password: ${SEEDED_PASSWORD}`);
  } finally {
    await embedded?.stop();
  }
}

main().catch((error: Error) => {
  console.error(error instanceof SeedRefused || error instanceof ConfigError ? error.message : `Seeding failed: ${error.message}`);
  process.exit(1);
});
