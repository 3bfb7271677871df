import type { Page, Request } from 'playwright-core';
import type { BenchContext } from '../bench-figure';
import { adminQuery } from '../bench-postgres';
import { BENCH_JWT_SECRET } from '../bench-tokens';
import { startApi } from '../child-server';
import { seededDatabase } from '../seeded-database';
import { topSelfTime } from '../cpu-profile-top';
import { benchWebBuild } from './bench-web-build';
import { gqlAt, signedInContext } from './browser-session';
import { INSIGHTS_READY, QUEUE_READY, USABLE } from './page-scripts';
import { launchBrowser } from '../../web/support/browser';

/**
 * `DATABASE_URL=… node -r @swc-node/register test/bench/web/profile-page.ts [scale] [loads] [path]`:
 * where a cold load of the challenge page (or `path`, `{challenge}` standing for the seeded
 * challenge's id, with `--ready queue|insights`) spends its time until it is usable, signed in,
 * in headless Chromium: the network waterfall (Navigation and Resource Timing), and the renderer
 * main thread's work from a Chromium trace (parsing HTML, compiling and running script, style,
 * layout, paint), each from navigation start. The bench measures; this says where the time goes.
 */

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; frame?: string; documentLoaderURL?: string; isLoadingMainFrame?: boolean }; beginData?: { url?: string } };
}

/** Work on the renderer's main thread, by kind (top-level tasks' children, in ms). */
const KINDS: Array<[string, (e: TraceEvent) => boolean]> = [
  ['parse HTML', (e) => e.name === 'ParseHTML'],
  ['compile script', (e) => e.name === 'v8.compile' || e.name === 'v8.compileModule' || e.name === 'V8.CompileCode' || e.name === 'v8.produceModuleCache'],
  ['run script', (e) => e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule' || e.name === 'FunctionCall' || e.name === 'TimerFire' || e.name === 'FireAnimationFrame' || e.name === 'EventDispatch' || e.name === 'RunMicrotasks'],
  ['garbage collection', (e) => e.name === 'MinorGC' || e.name === 'MajorGC' || e.name === 'V8.GCScavenger' || e.name === 'V8.GCFinalizeMC'],
  ['style', (e) => e.name === 'UpdateLayoutTree' || e.name === 'ParseAuthorStyleSheet'],
  ['layout', (e) => e.name === 'Layout'],
  ['paint', (e) => e.name === 'Paint' || e.name === 'PrePaint' || e.name === 'Layerize' || e.name === 'UpdateLayer' || e.name === 'Commit'],
];

function summarise(trace: { traceEvents: TraceEvent[] }, usableMs: number) {
  const events = trace.traceEvents;
  const mains = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  // The page's renderer: the main thread that compiled the client's scripts.
  const main = mains.find((m) => events.some((e) => e.pid === m.pid && e.tid === m.tid && /assets\//.test(e.args?.data?.url ?? '')));
  if (!main) return null;
  const nav = events.find((e) => e.name === 'navigationStart' && e.pid === main.pid && e.args?.data?.isLoadingMainFrame && /^http/.test(e.args.data.documentLoaderURL ?? ''));
  if (!nav) return null;
  const end = nav.ts + usableMs * 1000;
  const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.ts >= nav.ts && e.ts <= end && e.dur);
  const tasks = thread.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const busy = tasks.reduce((n, e) => n + Math.min(e.ts + e.dur!, end) - e.ts, 0) / 1000;
  const kinds: Record<string, number> = {};
  for (const [kind, test] of KINDS) {
    // Outermost events of a kind only (a FunctionCall inside an EvaluateScript counts once).
    const own = thread.filter(test).sort((a, b) => a.ts - b.ts);
    let until = 0;
    let total = 0;
    for (const e of own) {
      if (e.ts < until) continue;
      until = e.ts + e.dur!;
      total += Math.min(until, end) - e.ts;
    }
    kinds[kind] = Math.round(total / 100) / 10;
  }
  const scripts = thread
    .filter((e) => (e.name === 'v8.compileModule' || e.name === 'v8.evaluateModule' || e.name === 'EvaluateScript') && /\/assets\//.test(e.args?.data?.url ?? ''))
    .map((e) => `${e.name} ${e.args!.data!.url!.split('/').pop()} @${Math.round((e.ts - nav.ts) / 1000)} ms +${Math.round(e.dur! / 100) / 10} ms`);
  // Every kind of event on the thread, by its total (nested events counted in each): what the busy time is made of.
  const byName = new Map<string, number>();
  for (const e of thread) byName.set(e.name, (byName.get(e.name) ?? 0) + Math.min(e.ts + e.dur!, end) - e.ts);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([name, us]) => `${name} ${Math.round(us / 100) / 10}`);
  // The main thread's tasks of over a millisecond in order, each with what took most of it: where the load waits and on what.
  const timeline = tasks
    .filter((task) => task.dur! >= 1000)
    .map((task) => {
      const inside = thread.filter((e) => e !== task && e.ts >= task.ts && e.ts + e.dur! <= task.ts + task.dur! && e.dur! >= 1000 && !/RunTask/.test(e.name));
      const names = [...new Set(inside.sort((a, b) => b.dur! - a.dur!).map((e) => `${e.name} ${Math.round(e.dur! / 100) / 10}`))].slice(0, 4);
      return `@${Math.round((task.ts - nav.ts) / 1000)} +${Math.round(task.dur! / 100) / 10} ms: ${names.join(', ')}`;
    });
  return { busyMs: Math.round(busy), kinds, scripts, top, timeline };
}

/** Time in each function with what it called (a function counted once per sample however deep it recurs), in ms. */
function inclusive(profile: CpuProfile, rows: number): string {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
      if (!url) continue;
      const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
  });
  return [...total].sort((a, b) => b[1] - a[1]).slice(0, rows).map(([key, us]) => `${(us / 1000).toFixed(1).padStart(7)}  ${key}`).join('\n');
}

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/** Each request the page made, named by its GraphQL operation where it has one, from navigation start (ms). */
async function requestsOf(page: Page, requests: Request[]): Promise<string[]> {
  const origin = (await page.evaluate(() => (globalThis as any).performance.timeOrigin)) as number;
  return requests.map((request) => {
    const { startTime, responseEnd } = request.timing();
    const operation = /"operationName":"(\w+)"/.exec(request.postData() ?? '')?.[1];
    const name = operation ?? new URL(request.url()).pathname;
    return `${name} ${Math.round(startTime - origin)}→${Math.round(startTime + responseEnd - origin)} ms`;
  });
}

async function waterfall(page: Page) {
  return page.evaluate(() => {
    const { performance } = globalThis as any;
    const [nav] = performance.getEntriesByType('navigation');
    const r = (n: number) => Math.round(n);
    return {
      document: { responseStart: r(nav.responseStart), responseEnd: r(nav.responseEnd), domInteractive: r(nav.domInteractive), domContentLoaded: r(nav.domContentLoadedEventStart) },
      resources: performance.getEntriesByType('resource').map((e: any) => `${new URL(e.name).pathname} ${e.initiatorType} ${r(e.startTime)}→${r(e.responseEnd)} ms`),
      marks: performance.getEntriesByType('mark').map((e: any) => `${e.name} @${r(e.startTime)} ms`),
    };
  });
}

/** When a page is usable: the bench's own predicates (`--ready queue` needs the queue scenario's load; `insights`, the rebuilt insights). */
const READY: Record<string, (arg: number) => number | false> = { challenge: USABLE, queue: QUEUE_READY, insights: INSIGHTS_READY };

async function main() {
  const [scale = 1, loads = 3] = process.argv.slice(2, 4).map(Number);
  const cpu = process.argv.includes('--cpu');
  // --plain: timings only (a trace's own cost slows the renderer down).
  const plain = process.argv.includes('--plain');
  const option = (name: string) => {
    const at = process.argv.indexOf(name);
    return at < 0 ? undefined : process.argv[at + 1];
  };
  const ready = READY[option('--ready') ?? 'challenge'];
  const readyArg = Number(option('--ready-arg') ?? 0);
  const path = process.argv[4] && !process.argv[4].startsWith('--') ? process.argv[4] : '/challenges/{challenge}';
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL must name the server the seeded database is kept on');
  const context: BenchContext = { quick: scale === 1, adminUrl, log: (message) => console.error(message) };
  // BENCH_WEB_DIR: another build (e.g. `vite build --minify false`, for the profile's function names).
  const webDir = await benchWebBuild();
  const data = await seededDatabase(context, scale);
  const api = await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: webDir } });
  const browser = await launchBrowser();
  try {
    const email = `profile-${Date.now()}@example.test`;
    const registered = await gqlAt(api.url, `mutation($i: RegisterInput!) { register(input: $i) { user { id } } }`, { i: { email, password: 'Profile-page-2030', displayName: 'Profiler' } });
    // On the seeded challenge's team, for the control room's pages.
    await adminQuery(data.url, `INSERT INTO organization_member (organization_id, user_id, role) SELECT organization_id, $2, 'MODERATOR' FROM challenge WHERE id = $1`, [data.challengeId, registered.register.user.id]);
    for (let i = 0; i <= loads; i++) {
      const signed = await signedInContext(browser, api.url, email, 'Profile-page-2030');
      const page = await signed.newPage();
      const cdp = cpu ? await signed.newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      } else if (!plain) await browser.startTracing(page, { categories: ['devtools.timeline', 'v8', 'blink.user_timing', 'loading', 'disabled-by-default-devtools.timeline'] });
      const requests: Request[] = [];
      page.on('requestfinished', (request) => requests.push(request));
      await page.goto(path.replace('{challenge}', data.challengeId), { waitUntil: 'commit' });
      const usable = (await (await page.waitForFunction(ready, readyArg, { polling: 'raf', timeout: 60_000 })).jsonValue()) as number;
      if (cdp) {
        const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
        console.log(`load ${i}: usable at ${Math.round(usable)} ms\n${topSelfTime(profile, 25)}\nby function (inclusive, ms):\n${inclusive(profile, 400)}`);
        await signed.close();
        continue;
      }
      const trace = plain ? null : (JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] });
      const timing = { ...(await waterfall(page)), requests: await requestsOf(page, requests) };
      await signed.close();
      if (i === 0) continue; // warm-up: the API's first feed, the OS's file cache
      console.log(JSON.stringify({ load: i, usableMs: Math.round(usable), ...timing, main: trace && summarise(trace, usable) }, null, 1));
    }
  } finally {
    await browser.close();
    await api.stop();
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
