import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchContext, BenchFigure, BenchScenario } from './bench-figure';
import { startBenchPostgres } from './bench-postgres';
import { BenchRun, describeMachine, formatMachine, formatTable, updateReadme, writeResults } from './bench-report';
import { ROOT } from './child-server';
import { stopSharedFixtures } from './shared-fixtures';

const USAGE = 'usage: npm run bench -- [--quick] [--only <scenario>]… [--no-build]';
/** Scenarios run in this order (memory last: it reads what the traffic before it left behind); others after, by name. */
const ORDER = ['cast-vote', 'hot-feed', 'search', 'ledger', 'fanout', 'memory'];

interface Args {
  quick: boolean;
  only: string[];
  build: boolean;
}

function parse(argv: string[]): Args {
  const args: Args = { quick: false, only: [], build: true };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--quick') args.quick = true;
    else if (argv[i] === '--no-build') args.build = false;
    else if (argv[i] === '--only' && argv[i + 1]) args.only.push(argv[++i]);
    else throw new Error(`unknown argument ${argv[i]}\n${USAGE}`);
  }
  return args;
}

/** Every test/bench/scenarios/<name>.scenario.ts, in ORDER; a scenario another issue has not written yet is simply absent. */
export function discoverScenarios(only: string[] = []): Array<{ file: string; scenario: BenchScenario }> {
  const folder = join(__dirname, 'scenarios');
  const files = readdirSync(folder).filter((file) => file.endsWith('.scenario.ts'));
  const rank = (file: string) => {
    const index = ORDER.indexOf(file.replace('.scenario.ts', ''));
    return index < 0 ? ORDER.length : index;
  };
  files.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const found = files.map((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const scenario = (require(join(folder, file)) as { default: BenchScenario }).default;
    if (!scenario || typeof scenario.run !== 'function') throw new Error(`${file} has no default export with run()`);
    return { file: file.replace('.scenario.ts', ''), scenario };
  });
  if (only.length === 0) return found;
  const picked = found.filter(({ file, scenario }) => only.includes(file) || only.includes(scenario.name));
  const unknown = only.filter((name) => !found.some(({ file, scenario }) => file === name || scenario.name === name));
  if (unknown.length) throw new Error(`no scenario named ${unknown.join(', ')}; there are: ${found.map(({ file }) => file).join(', ')}`);
  return picked;
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const started = Date.now();
  const log = (message: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${message}\n`);
  const scenarios = discoverScenarios(args.only);
  if (args.build) {
    log('building the API (npm run build)');
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  }
  const postgres = await startBenchPostgres(log);
  const stopAll = async () => {
    await stopSharedFixtures().catch((error: Error) => log(`cleanup: ${error.message}`));
    await postgres.stop();
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => void stopAll().finally(() => process.exit(130)));
  }
  const run: BenchRun = {
    startedAt: new Date(started).toISOString(),
    seconds: 0,
    quick: args.quick,
    only: args.only,
    machine: describeMachine(postgres.version),
    figures: [],
    failures: [],
  };
  const context: BenchContext = { quick: args.quick, adminUrl: postgres.adminUrl, log };
  try {
    for (const { file, scenario } of scenarios) {
      log(`scenario ${scenario.name}`);
      try {
        const figures: BenchFigure[] = await scenario.run(context);
        run.figures.push(...figures);
      } catch (error) {
        log(`scenario ${scenario.name} failed: ${(error as Error).stack}`);
        run.failures.push({ scenario: file, error: (error as Error).message });
      }
    }
  } finally {
    await stopAll();
  }
  run.seconds = (Date.now() - started) / 1000;
  process.stdout.write(`\n${formatMachine(run)}\n\n${formatTable(run)}\n`);
  log(`results in ${writeResults(run)}`);
  // A partial run (--only) would leave the README's table half empty: it writes the JSON only.
  if (args.only.length === 0) updateReadme(run);
  if (run.failures.length > 0) process.exitCode = 1;
}

if (require.main === module) {
  main().catch((error: Error) => {
    console.error(error.message);
    process.exit(1);
  });
}
