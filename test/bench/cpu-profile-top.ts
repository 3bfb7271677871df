import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * `node -r @swc-node/register test/bench/cpu-profile-top.ts <file.cpuprofile | folder> [rows] [last seconds]`:
 * the functions with the most self time in a V8 CPU profile (what `node --cpu-prof` writes; a
 * bench run writes one per API child with BENCH_CPU_PROF=<folder>), and the same by package.
 */
interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const SHUTDOWN_SECONDS = 0.5;

export function newest(path: string): string {
  if (!statSync(path).isDirectory()) return path;
  const files = readdirSync(path).filter((file) => file.endsWith('.cpuprofile'));
  files.sort((a, b) => statSync(join(path, b)).mtimeMs - statSync(join(path, a)).mtimeMs);
  if (!files.length) throw new Error(`no .cpuprofile in ${path}`);
  return join(path, files[0]);
}

function packageOf(url: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (match) return match[1];
  if (url.includes('/dist/')) return 'pollen (dist)';
  if (url.startsWith('node:') || url === '') return url ? 'node core' : '(vm: gc, idle, program)';
  return url;
}

export function topSelfTime(profile: Profile, rows: number, lastSeconds?: number): string {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<number, number>();
  // Only the last `lastSeconds` of the profile (the load, not the start-up), minus the shutdown.
  const times: number[] = [];
  profile.timeDeltas.reduce((at, delta, i) => (times[i] = at + delta), 0);
  const end = times.at(-1) ?? 0;
  const from = lastSeconds ? end - (lastSeconds + SHUTDOWN_SECONDS) * 1e6 : -Infinity;
  const to = lastSeconds ? end - SHUTDOWN_SECONDS * 1e6 : Infinity;
  profile.samples.forEach((id, i) => {
    if (times[i] >= from && times[i] <= to) self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const byFunction = new Map<string, number>();
  const byPackage = new Map<string, number>();
  for (const [id, micros] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^.*\/dist\//, 'dist/')}:${lineNumber + 1}` : '';
    const key = `${functionName || '(anonymous)'} ${where}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
    const pkg = packageOf(url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
  }
  const table = (map: Map<string, number>, n: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([key, micros]) => `${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`)
      .join('\n');
  return `${(total / 1e6).toFixed(1)} s sampled\n\nby function (self time):\n${table(byFunction, rows)}\n\nby package:\n${table(byPackage, 15)}\n`;
}

if (require.main === module) {
  const file = newest(process.argv[2] ?? '.');
  process.stdout.write(`${file}\n${topSelfTime(JSON.parse(readFileSync(file, 'utf8')) as Profile, Number(process.argv[3] ?? 30), Number(process.argv[4] ?? 0) || undefined)}`);
}
