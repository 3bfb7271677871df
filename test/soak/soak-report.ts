import type { Answer } from './crowd';

export interface Phase {
  name: string;
  from: number;
  to: number;
  /** What the fault did and how it was survived, in words, for the report. */
  note?: string;
  /** The machine's 1-minute load average at the phase's end (the soak shares the machine). */
  load?: number;
}

export interface PhaseFigures {
  phase: string;
  seconds: number;
  requests: number;
  perSecond: number;
  p50: number;
  p99: number;
  /** Errors by code; for a fault phase, those inside its window. */
  errors: Record<string, number>;
  /** Errors by code outside every fault window (must be none). */
  unexpected: Record<string, number>;
  note?: string;
  load?: number;
}

function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

/** Per phase: throughput, latency percentiles and errors, split between fault windows and the rest. */
export function phaseFigures(answers: Answer[], phases: Phase[], windows: Array<[number, number]>): PhaseFigures[] {
  const inWindow = (answer: Answer) => windows.some(([from, to]) => answer.at <= to && answer.at + answer.ms >= from);
  return phases.map((phase) => {
    const mine = answers.filter((answer) => answer.at >= phase.from && answer.at < phase.to);
    const latencies = mine.map((answer) => answer.ms).sort((a, b) => a - b);
    const errors: Record<string, number> = {};
    const unexpected: Record<string, number> = {};
    for (const answer of mine) {
      if (answer.code === null) continue;
      const bucket = inWindow(answer) ? errors : unexpected;
      bucket[answer.code] = (bucket[answer.code] ?? 0) + 1;
    }
    const seconds = (phase.to - phase.from) / 1000;
    return {
      phase: phase.name,
      seconds: Math.round(seconds),
      requests: mine.length,
      perSecond: Math.round(mine.length / seconds),
      p50: quantile(latencies, 0.5),
      p99: quantile(latencies, 0.99),
      errors,
      unexpected,
      ...(phase.note ? { note: phase.note } : {}),
      ...(phase.load !== undefined ? { load: phase.load } : {}),
    };
  });
}

const codes = (counts: Record<string, number>) =>
  Object.entries(counts)
    .map(([code, n]) => `${code} ${n}`)
    .join(', ') || '0';

export function formatPhases(figures: PhaseFigures[]): string {
  const rows = figures.map(
    (f) => `| ${f.phase} | ${f.seconds} | ${f.requests} | ${f.perSecond} | ${f.p50} | ${f.p99} | ${codes(f.errors)} | ${codes(f.unexpected)} | ${f.load ?? ''} |`,
  );
  return [
    '| phase | s | requests | req/s | p50 ms | p99 ms | errors in the fault window | errors outside | load average |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}
