import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { BenchFigure, meetsGoal, ratioOf } from './bench-figure';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string;
  /** Load average when the run began: other work on a shared machine shows here. */
  loadAverage: number;
}

export interface BenchRun {
  startedAt: string;
  seconds: number;
  quick: boolean;
  only: string[];
  machine: Machine;
  figures: BenchFigure[];
  failures: Array<{ scenario: string; error: string }>;
}

export function describeMachine(postgres: string): Machine {
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    postgres,
    loadAverage: Math.round(loadavg()[0] * 100) / 100,
  };
}

const HEADER = ['scenario', 'metric', 'value', 'reference', 'ratio', 'goal', 'met'];

function cells(figure: BenchFigure): string[] {
  const ratio = ratioOf(figure);
  const met = meetsGoal(figure);
  const value = `${number(figure.value)} ${figure.unit}`;
  const reference = figure.reference === null ? figure.referenceName : `${number(figure.reference)} ${figure.unit} (${figure.referenceName})`;
  return [
    figure.scenario,
    figure.metric,
    figure.note ? `${value} — ${figure.note}` : value,
    reference,
    ratio === null ? '' : `${ratio.toFixed(2)}×`,
    figure.goal ? `${figure.goal.comparison} ${Number(figure.goal.ratio.toFixed(2))}×` : '',
    met === null ? '' : met ? 'yes' : 'NO',
  ];
}

function number(value: number): string {
  return value.toLocaleString('en', { maximumFractionDigits: 2 });
}

/** One Markdown table: readable on a terminal and in the README alike. */
export function formatTable(run: BenchRun): string {
  const rows = [
    ...run.figures.map(cells),
    ...run.failures.map((failure) => [failure.scenario, 'FAILED', failure.error.split('\n')[0].slice(0, 160), '', '', '', 'NO']),
  ];
  const escape = (cell: string) => cell.replace(/\|/g, '\\|');
  const line = (row: string[]) => `| ${row.map(escape).join(' | ')} |`;
  return [line(HEADER), line(HEADER.map(() => '---')), ...rows.map(line)].join('\n');
}

export function formatMachine(run: BenchRun): string {
  const m = run.machine;
  return (
    `${run.quick ? '`npm run bench -- --quick`' : '`npm run bench`'} on ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC, ` +
    `${Math.round(run.seconds)} s: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB, Node ${m.node}, ${m.postgres}; ` +
    `load average ${m.loadAverage} at the start.`
  );
}

export function writeResults(run: BenchRun): string {
  const folder = join(__dirname, 'results');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'latest.json');
  writeFileSync(file, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(join(folder, `${run.quick ? 'quick' : 'full'}.json`), `${JSON.stringify(run, null, 2)}\n`);
  return file;
}

/**
 * Rewrites the run's section of test/bench/README.md (between its markers: one section for
 * --quick runs, one for full runs), leaving the rest of the note alone.
 */
export function updateReadme(run: BenchRun, readme = join(__dirname, 'README.md')): void {
  const kind = run.quick ? 'quick' : 'full';
  const start = `<!-- bench:${kind}:start -->`;
  const end = `<!-- bench:${kind}:end -->`;
  const section = `${start}\n${formatMachine(run)}\n\n${formatTable(run)}\n${end}`;
  const text = existsSync(readme) ? readFileSync(readme, 'utf8') : '';
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  const updated = from >= 0 && to > from ? text.slice(0, from) + section + text.slice(to + end.length) : `${text.trimEnd()}\n\n${section}\n`;
  writeFileSync(readme, updated);
}
