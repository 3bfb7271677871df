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

/** Durations of one measurement: a day-to-day --quick run, or the full one. */
export function durations(quick: boolean): { warmup: number; measure: number } {
  return quick ? { warmup: 2, measure: 6 } : { warmup: 5, measure: 20 };
}
