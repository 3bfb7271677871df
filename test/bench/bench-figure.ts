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

/** What the harness hands to each scenario. */
export interface BenchContext {
  /** `npm run bench -- --quick`: a day-to-day run of about two minutes in all. */
  quick: boolean;
  /**
   * A PostgreSQL server the scenario may use (DATABASE_URL's, or the embedded one the harness
   * started): a URL with admin rights, in which the scenario creates and drops its own databases.
   */
  adminUrl: string;
  /** Writes a progress line to stderr (the table goes to stdout). */
  log(message: string): void;
}

/**
 * A scenario in test/bench/scenarios/<name>.scenario.ts (its default export): it starts what it
 * measures (the API in a child process, load generators in other processes), measures the
 * figure and its reference in the same run, stops everything, and returns the table lines.
 */
export interface BenchScenario {
  name: string;
  run(context: BenchContext): Promise<BenchFigure[]>;
}
