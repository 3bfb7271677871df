/**
 * One line of the benchmark table: a figure measured by `npm run bench`, printed beside a
 * reference measured in the same run on the same machine. Absolute times on a shared machine
 * mean little; the ratio is what a goal is written against.
 */
export interface BenchFigure {
  /** Scenario name, e.g. "castVote, 32 voters on 10,000 ideas". */
  scenario: string;
  /** What was measured: "throughput", "p50", "p99", "max", "errors", "delivered", "heap per socket", … */
  metric: string;
  unit: string;
  value: number;
  /** What the figure is compared with, e.g. "raw SQL through pg" or "raw ws broadcast". */
  referenceName: string;
  /** The reference's figure for the same metric in the same run (null when there is none). */
  reference: number | null;
  /** Whether a larger value is better (throughput) or worse (latency, CPU, memory). */
  better: 'higher' | 'lower';
  /** The goal, as a ratio of value to reference (e.g. ≥ 0.5 of the raw-SQL throughput, ≤ 1.2 × the ws p99). */
  goal?: { ratio: number; comparison: '>=' | '<=' };
  note?: string;
}

/** value / reference, or null when there is no reference to divide by. */
export function ratioOf(figure: BenchFigure): number | null {
  if (figure.reference === null || figure.reference === 0) return null;
  return figure.value / figure.reference;
}

export function meetsGoal(figure: BenchFigure): boolean | null {
  const ratio = ratioOf(figure);
  if (!figure.goal || ratio === null) return null;
  return figure.goal.comparison === '>=' ? ratio >= figure.goal.ratio : ratio <= figure.goal.ratio;
}
