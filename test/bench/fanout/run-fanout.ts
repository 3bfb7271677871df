import { BenchContext, meetsGoal, ratioOf } from '../bench-figure';
import { buildAt } from '../base-build';
import { FanoutOptions, PhaseResult, measureFanout, toFigures } from './fanout.bench';

/**
 * Runs the fan-out figure on its own, until `npm run bench` lands (and for tuning):
 *
 *   ulimit -n 65536; DATABASE_URL=postgres://… node -r @swc-node/register test/bench/fanout/run-fanout.ts \
 *     [--sizes 1000,5000] [--seconds 20] [--variants stock,framed,wire,no-request,no-addons,deflate]
 *     [--api-env WS_NO_BUFFER_UTIL=1] [--socket.io-client] [--api-base <rev>]
 *
 * `--api-base <rev>` also measures the API as built at <rev> (base-build.ts), on a database of
 * its own, right after this worktree's at each size: a before/after in the same run.
 */
const VARIANTS: Record<string, NonNullable<FanoutOptions['variants']>[number]> = {
  stock: { name: 'stock socket.io', start: { kind: 'socket.io' } },
  'no-request': { name: 'socket.io, request dropped', start: { kind: 'socket.io', dropRequest: true } },
  'no-addons': { name: 'stock socket.io without ws add-ons', start: { kind: 'socket.io' }, env: { WS_NO_BUFFER_UTIL: '1', WS_NO_UTF_8_VALIDATE: '1' } },
  framed: { name: 'socket.io, Pollen broadcast (framed once, written to each WebSocket)', start: { kind: 'socket.io', framed: true } },
  wire: { name: 'Pollen wire server and broadcast, no database', start: { kind: 'wire' } },
  deflate: { name: 'socket.io with perMessageDeflate', start: { kind: 'socket.io', options: { perMessageDeflate: true } } },
};

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

function printRaw(table: PhaseResult[][]): void {
  console.log('\nphase | clients | messages | delivered/expected | p50 | p99 | max ms | CPU-s | µs CPU/delivery | KiB heap/socket | KiB outside heap/socket | wall s | CPU/wall | loop busy | disconnects');
  for (const rows of table) {
    for (const r of rows) {
      console.log(
        [r.name, r.clients, r.messages, `${r.deliveries}/${r.expected}`, r.histogram.percentile(0.5), r.histogram.percentile(0.99), Math.round(r.histogram.max),
          r.cpuSeconds.toFixed(2), ((r.cpuSeconds * 1e6) / Math.max(1, r.deliveries)).toFixed(2), r.heapPerSocketKiB.toFixed(2), r.outsideHeapPerSocketKiB.toFixed(2), r.wallSeconds.toFixed(1), (r.cpuSeconds / r.wallSeconds).toFixed(2), r.loopBusy.toFixed(2), r.disconnects].join(' | '),
      );
      if (r.firstError) console.log(`  first connection error: ${r.firstError}`);
    }
  }
}

async function main(): Promise<void> {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('set DATABASE_URL to a PostgreSQL the bench may create databases in');
  const quick = process.argv.includes('--quick');
  const context: BenchContext = { quick, adminUrl, log: (message) => console.error(`[fanout ${new Date().toISOString().slice(11, 19)}] ${message}`) };
  const apiEnv = arg('api-env') ? Object.fromEntries(arg('api-env')!.split(',').map((pair) => pair.split('=') as [string, string])) : undefined;
  const table = await measureFanout(context, {
    sizes: (arg('sizes') ?? (quick ? '1000' : '1000,5000,10000')).split(',').map(Number),
    seconds: Number(arg('seconds') ?? (quick ? 10 : 20)),
    variants: (arg('variants') ?? 'stock').split(',').filter(Boolean).map((name) => VARIANTS[name]),
    apiEnv,
    socketIoClient: process.argv.includes('--socket.io-client') ? 'socket.io-client' : 'socket.io',
    base: arg('api-base') ? { label: arg('api-base')!, build: buildAt(arg('api-base')!) } : undefined,
  });
  printRaw(table);
  console.log('\nscenario | metric | value | reference | ratio | goal');
  for (const f of toFigures(table)) {
    const ratio = ratioOf(f);
    const goal = f.goal ? `${f.goal.comparison} ${f.goal.ratio.toFixed(2)} ${meetsGoal(f) ? 'met' : 'NOT met'}` : '';
    console.log(`${f.scenario} | ${f.metric} | ${f.value.toFixed(2)} ${f.unit} | ${f.reference?.toFixed(2) ?? '–'} | ${ratio?.toFixed(2) ?? '–'} | ${goal}${f.note ? ` | ${f.note}` : ''}`);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.stack ?? error.message);
    process.exit(1);
  },
);
