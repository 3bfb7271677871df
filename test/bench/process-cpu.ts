import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import type { BenchFigure } from './bench-figure';
import type { LoadResult } from './load';
import { median, round } from './bench-units';

/** Clock ticks per second of /proc/<pid>/stat's CPU times (USER_HZ: 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) a process has used so far; 0 when it has exited. */
export function cpuSecondsOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

export interface CpuPerRequest {
  /** CPU µs of the server process per request it answered. */
  server: number;
  /** CPU µs of the PostgreSQL backends connected to the database, per request. */
  database: number;
}

/**
 * Runs a load and measures the CPU it cost, per request: the server's process and the PostgreSQL
 * backends serving `database` (found in pg_stat_activity before and after; a backend that exits
 * during the load loses its share, which pools under steady load do not do). CPU time per request
 * is far steadier than throughput on a shared machine: another process's burst slows a side down
 * but does not add to its CPU.
 */
export async function withCpu(serverPid: number, adminUrl: string, database: string, run: () => Promise<LoadResult>): Promise<{ load: LoadResult; cpu: CpuPerRequest }> {
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const backends = async () =>
      (await admin.query<{ pid: number }>(`SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`, [database])).rows.map((row) => row.pid);
    const before = new Map((await backends()).map((pid) => [pid, cpuSecondsOf(pid)]));
    const serverBefore = cpuSecondsOf(serverPid);
    const load = await run();
    const serverAfter = cpuSecondsOf(serverPid);
    let databaseSeconds = 0;
    for (const pid of new Set([...before.keys(), ...(await backends())])) databaseSeconds += cpuSecondsOf(pid) - (before.get(pid) ?? 0);
    const requests = Math.max(load.requests, 1);
    return { load, cpu: { server: ((serverAfter - serverBefore) * 1e6) / requests, database: (databaseSeconds * 1e6) / requests } };
  } finally {
    await admin.end();
  }
}

/** Median CPU per request over rounds, as figures beside the reference's. */
export function cpuFigures(scenario: string, measured: CpuPerRequest[], referenceName: string, reference: CpuPerRequest[]): BenchFigure[] {
  const line = (metric: string, pick: (cpu: CpuPerRequest) => number): BenchFigure => ({
    scenario,
    metric,
    unit: 'µs',
    value: round(median(measured.map(pick))),
    referenceName,
    reference: round(median(reference.map(pick))),
    better: 'lower',
  });
  return [line('CPU per request, server', (cpu) => cpu.server), line('CPU per request, PostgreSQL', (cpu) => cpu.database)];
}
