import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { BenchContext, BenchFigure } from '../bench-figure';
import { median, round } from '../bench-units';

/** The time since navigation start once `ready` answers a number (polled at each frame), in a fresh page. */
export async function timeToReady(page: Page, url: string, ready: (arg: number) => number | false, arg = 0): Promise<number> {
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(ready, arg, { polling: 'raf', timeout: 60_000 });
  return (await handle.jsonValue()) as number;
}

/**
 * A page (the challenge page, a control-room page) and its static reference loaded in turns (A B A B …), each from a cold
 * browser profile, after one warm-up turn: the median of each side is what the bench reports.
 * With `base` (another build of the client, its own API: BENCH_WEB_BASE), its page is loaded
 * in the same turns (A A' B …), for a before/after in the same conditions. The reference is
 * served with the site's own headers (`pageHeaders`); `bareReference`, the same page without
 * them, is loaded in each turn too.
 */
export async function pageInTurns(
  context: BenchContext,
  options: {
    browser: Browser;
    rounds: number;
    label: string;
    signedIn: () => Promise<BrowserContext>;
    page: string;
    reference: string;
    bareReference: string;
    ready: (arg: number) => number | false;
    arg?: number;
    /** The static pages' viewport height (the signed-in profiles bring their own). */
    height?: number;
    base?: { signedIn: () => Promise<BrowserContext> };
  },
): Promise<{ spa: number[]; still: number[]; bare: number[]; base: number[] }> {
  const spa: number[] = [];
  const still: number[] = [];
  const bare: number[] = [];
  const base: number[] = [];
  const signedInLoad = async (signedIn: () => Promise<BrowserContext>) => {
    const signed = await signedIn();
    const ms = await timeToReady(await signed.newPage(), options.page, options.ready, options.arg);
    await signed.close();
    return ms;
  };
  const staticLoad = async (url: string) => {
    const plain = await options.browser.newContext({ viewport: { width: 1280, height: options.height ?? 2400 } });
    const ms = await timeToReady(await plain.newPage(), url, options.ready, options.arg);
    await plain.close();
    return ms;
  };
  for (let i = 0; i < options.rounds + 1; i++) {
    const spaMs = await signedInLoad(options.signedIn);
    const baseMs = options.base ? await signedInLoad(options.base.signedIn) : null;
    const stillMs = await staticLoad(options.reference);
    const bareMs = await staticLoad(options.bareReference);
    if (i === 0) continue; // warm-up
    spa.push(spaMs);
    still.push(stillMs);
    bare.push(bareMs);
    if (baseMs !== null) base.push(baseMs);
    context.log(
      `  round ${i}: ${options.label} ${round(spaMs)} ms${baseMs === null ? '' : `, base build ${round(baseMs)} ms`}, static page ${round(stillMs)} ms, bare static page ${round(bareMs)} ms`,
    );
  }
  return { spa, still, bare, base };
}

/** The same figure against the bare static page (without the site's headers), beside the goal's. */
export function bareFigure(figure: BenchFigure, bare: number[]): BenchFigure {
  return { ...figure, referenceName: 'the same static page, bare (no Cross-Origin-Opener-Policy: no renderer of its own)', reference: round(median(bare)), goal: undefined };
}

/** The base build's figure beside a page's (BENCH_WEB_BASE), against the same static reference. */
export function baseFigure(figure: BenchFigure, base: number[]): BenchFigure[] {
  if (base.length === 0) return [];
  return [{ ...figure, scenario: `${figure.scenario}, base build (BENCH_WEB_BASE)`, value: round(median(base)), goal: undefined, note: 'the same rounds, another build of the client on its own API' }];
}
