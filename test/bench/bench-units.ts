import type { BenchFigure } from './bench-figure';
import type { LoadResult } from './load';

/**
 * The usual lines for a load measured against its reference: throughput, p50, p99 and errors.
 * `goals` holds the throughput goal (as a ratio of the reference); latency lines are informative.
 */
export function loadFigures(
  scenario: string,
  measured: LoadResult,
  referenceName: string,
  reference: LoadResult | null,
  goals: { throughput?: number } = {},
): BenchFigure[] {
  const line = (metric: string, unit: string, pick: (r: LoadResult) => number, better: 'higher' | 'lower', goal?: BenchFigure['goal']): BenchFigure => ({
    scenario,
    metric,
    unit,
    value: round(pick(measured)),
    referenceName,
    reference: reference ? round(pick(reference)) : null,
    better,
    ...(goal ? { goal } : {}),
  });
  return [
    line('throughput', 'req/s', (r) => r.throughput, 'higher', goals.throughput ? { ratio: goals.throughput, comparison: '>=' } : undefined),
    line('p50', 'ms', (r) => r.p50, 'lower'),
    line('p99', 'ms', (r) => r.p99, 'lower'),
    { ...line('errors', 'count', (r) => r.errors, 'lower'), ...(measured.firstError ? { note: measured.firstError.slice(0, 200) } : {}) },
  ];
}

export function round(value: number): number {
  return Math.abs(value) >= 100 ? Math.round(value) : Math.round(value * 100) / 100;
}

/** Durations: warm-up, then `rounds` turns of `measure` seconds per side (a --quick run, or the full one). */
export function durations(quick: boolean): { warmup: number; measure: number; rounds: number } {
  return quick ? { warmup: 2, measure: 3, rounds: 2 } : { warmup: 5, measure: 7, rounds: 3 };
}

/**
 * Measures two sides in turns (A B A B …) and keeps each side's median throughput and latencies
 * (errors add up): a burst of someone else's work on a shared machine then hits both sides, not
 * whichever happened to run at that moment. With `alternate`, odd rounds take the sides in reverse
 * (A B, B A, A B …): a side that runs second never inherits the first one's aftermath (autovacuum,
 * a checkpoint) every time.
 */
export async function interleaved<S extends string>(
  rounds: number,
  sides: Record<S, (round: number) => Promise<LoadResult>>,
  log?: (message: string) => void,
  options: { alternate?: boolean } = {},
): Promise<Record<S, LoadResult>> {
  const runs = new Map<S, LoadResult[]>();
  for (let round = 0; round < rounds; round++) {
    const order = Object.keys(sides) as S[];
    if (options.alternate && round % 2 === 1) order.reverse();
    for (const side of order) {
      const result = await sides[side](round);
      log?.(`  round ${round + 1} ${side}: ${result.throughput.toFixed(0)} req/s, p50 ${result.p50.toFixed(1)} ms, p99 ${result.p99.toFixed(1)} ms, ${result.errors} errors`);
      runs.set(side, [...(runs.get(side) ?? []), result]);
    }
  }
  const merged = {} as Record<S, LoadResult>;
  for (const [side, results] of runs) {
    merged[side] = {
      requests: results.reduce((sum, r) => sum + r.requests, 0),
      throughput: median(results.map((r) => r.throughput)),
      p50: median(results.map((r) => r.p50)),
      p99: median(results.map((r) => r.p99)),
      max: Math.max(...results.map((r) => r.max)),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      firstError: results.find((r) => r.firstError)?.firstError ?? null,
    };
  }
  return merged;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length / 2;
  return Number.isInteger(middle) ? (sorted[middle - 1] + sorted[middle]) / 2 : sorted[Math.floor(middle)];
}
