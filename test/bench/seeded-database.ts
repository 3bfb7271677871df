import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { seed } from '../../apps/seed/src/seed';
import type { BenchContext } from './bench-figure';
import { adminQuery, createBenchDatabase, withDatabase } from './bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from './bench-tokens';
import { ChildServer, ROOT, startApi } from './child-server';
import { onRunEnd } from './shared-fixtures';

export interface SeededData {
  url: string;
  scale: number;
  challengeId: string;
  /** Seeded participants who voted, to read the feed as (their own votes show on the page). */
  readerIds: string[];
  /** How long seeding took, when this run seeded (null when the cached database was used). */
  seedSeconds: number | null;
}

/** Seeder and migrations, hashed: a change to either makes a fresh cached database. */
function seedKey(): string {
  const hash = createHash('sha256');
  for (const folder of ['apps/seed/src', 'libs/database/src/migrations']) {
    for (const file of readdirSync(join(ROOT, folder)).sort()) hash.update(file).update(readFileSync(join(ROOT, folder, file)));
  }
  return hash.digest('hex').slice(0, 10);
}

const READERS = 64;

/**
 * A database seeded at `scale` × Fiat Mio, kept on the server between runs as
 * `bench_seed_s<scale>_<seeder hash>` (seeding scale 10 takes minutes; the read scenarios leave it
 * unchanged). It is built under a scratch name and renamed when complete, so a cached one is
 * whole; older caches of the same scale are dropped.
 */
export async function seededDatabase(context: BenchContext, scale: number): Promise<SeededData> {
  const prefix = `bench_seed_s${String(scale).replace('.', '_')}_`;
  const name = `${prefix}${seedKey()}`;
  const existing = await adminQuery<{ datname: string }>(context.adminUrl, `SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [prefix]);
  let seedSeconds: number | null = null;
  if (!existing.some((row) => row.datname === name)) {
    for (const { datname } of existing) await adminQuery(context.adminUrl, `DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    const building = `${name}_building`;
    const url = await createBenchDatabase(context.adminUrl, building);
    context.log(`seeding ${scale} × Fiat Mio (cached afterwards as ${name})`);
    let last = 0;
    const result = await seed(url, {
      scale,
      progress: (table, rows, total) => {
        if (Date.now() - last > 10_000 || rows >= total) {
          last = Date.now();
          context.log(`  ${table}: ${rows.toLocaleString('en')} / ${total.toLocaleString('en')}`);
        }
      },
    });
    context.log(`seeded in ${result.seconds.toFixed(0)} s`);
    seedSeconds = result.seconds;
    await renameWhenIdle(context.adminUrl, building, name);
  }
  const url = withDatabase(context.adminUrl, name);
  const [challenge] = await adminQuery<{ id: string }>(url, `SELECT id FROM challenge ORDER BY created_at LIMIT 1`);
  const readers = await adminQuery<{ user_id: string }>(
    url,
    `SELECT user_id FROM vote WHERE idea_id IN (SELECT id FROM idea ORDER BY hot DESC LIMIT 20) GROUP BY user_id ORDER BY user_id LIMIT $1`,
    [READERS],
  );
  return { url, scale, challengeId: challenge.id, readerIds: readers.map((row) => row.user_id), seedSeconds };
}

export interface SeededApi {
  data: SeededData;
  server: ChildServer;
  tokens: string[];
  /** The API's resident memory once started and settled, before any traffic. */
  idleRss: number;
  /** Whether a scenario has already sent traffic to it. */
  trafficServed: boolean;
}

const apis = new Map<number, Promise<SeededApi>>();

/** The scale for read scenarios: Fiat Mio for --quick, ten times it otherwise. */
export function readScale(context: BenchContext): number {
  return context.quick ? 1 : 10;
}

/** One API on the seeded database, shared by the read scenarios of a run (and its memory figures). */
export function seededApi(context: BenchContext, scale = readScale(context)): Promise<SeededApi> {
  let api = apis.get(scale);
  if (!api) {
    api = (async () => {
      const data = await seededDatabase(context, scale);
      const server = await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET });
      onRunEnd(() => server.stop());
      await new Promise((resolve) => setTimeout(resolve, 2_000));
      return { data, server, tokens: await mintAccessTokens(data.url, data.readerIds), idleRss: server.rss(), trafficServed: false };
    })();
    apis.set(scale, api);
  }
  return api;
}

/** The seeder's and the migrations' backends may still be exiting after their pools closed: retry briefly. */
async function renameWhenIdle(adminUrl: string, from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await adminQuery(adminUrl, `ALTER DATABASE "${from}" RENAME TO "${to}"`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '55006' || attempt >= 50) throw error; // object_in_use
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
