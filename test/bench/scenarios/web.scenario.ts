import type { Browser } from 'playwright-core';
import { io } from 'socket.io-client';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { BENCH_JWT_SECRET } from '../bench-tokens';
import { median, round } from '../bench-units';
import { startApi } from '../child-server';
import { readScale, seededDatabase } from '../seeded-database';
import { gqlAt, signedInContext } from '../web/browser-session';
import { bareFigure, baseFigure, pageInTurns } from '../web/page-turns';
import { initialJavaScript } from '../web/js-budget';
import { LIVE_WITH_20, USABLE, WATCH_TALLIES } from '../web/page-scripts';
import { staticFeedServer, type StaticIdea } from '../web/static-feed.server';
import { pageHeaders } from '../web/static-queue.server';
import { launchBrowser } from '../../web/support/browser';
import { baseWebBuild, benchWebBuild } from '../web/bench-web-build';

const BUDGET_KB = 150;
const PASSWORD = 'Bench-browser-2030';

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/**
 * Issue 18's figures: the JavaScript sent before the challenge page is usable (production
 * build), the time until a seeded challenge's page shows its first 20 ideas and accepts a vote
 * in headless Chromium against a static HTML page of the same 20 ideas, and how long a vote
 * takes to reach the tally another browser shows against a bare socket.io client receiving the
 * same votes in the same run.
 */
const scenario: BenchScenario = {
  name: 'web',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const webDir = await benchWebBuild();
    const js = initialJavaScript(webDir);
    context.log(`web: ${js.files.length} initial scripts, ${round(js.gzipBytes / 1024)} KB gzipped (${round(js.rawBytes / 1024)} KB raw)`);
    const data = await seededDatabase(context, readScale(context));
    const api = await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: webDir } });
    const browser = await launchBrowser();
    const closers: Array<() => Promise<unknown>> = [];
    try {
      const email = `bench-web-${Date.now()}@example.test`;
      const voter = await gqlAt(api.url, `mutation($i: RegisterInput!) { register(input: $i) { accessToken } }`, { i: { email, password: PASSWORD, displayName: 'Bench browser' } });
      const feed = await gqlAt(
        api.url,
        `query($c: ID!) { ideas(challengeId: $c, orderBy: HOT, first: 20) { edges { node { id title body score upvotes downvotes commentCount author { displayName } } } } }`,
        { c: data.challengeId },
      );
      const ideas = feed.ideas.edges.map((e: { node: StaticIdea }) => e.node) as StaticIdea[];
      // The reference as the site would serve a static page (its security headers), and bare.
      const reference = await staticFeedServer(ideas, await pageHeaders(`${api.url}/challenges/${data.challengeId}`));
      const bareReference = await staticFeedServer(ideas);
      closers.push(() => new Promise((resolve) => reference.server.close(resolve)));
      closers.push(() => new Promise((resolve) => bareReference.server.close(resolve)));

      // 1 and 2: time to a usable page, the SPA and the static page in turns, each in a cold profile
      // (with BENCH_WEB_BASE, another build of the client on an API of its own, in the same turns).
      const baseDir = baseWebBuild();
      const baseApi = baseDir ? await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: baseDir } }) : null;
      if (baseApi) closers.push(() => baseApi.stop());
      const rounds = context.quick ? 5 : 15;
      const { spa, still, bare, base } = await pageInTurns(context, {
        browser,
        rounds,
        label: 'challenge page',
        signedIn: () => signedInContext(browser, api.url, email, PASSWORD),
        page: `/challenges/${data.challengeId}`,
        reference: reference.url,
        bareReference: bareReference.url,
        ready: USABLE,
        height: 4000,
        base: baseApi ? { signedIn: () => signedInContext(browser, baseApi.url, email, PASSWORD) } : undefined,
      });

      // 3: vote → the tally another browser shows, and → a bare socket.io client, for the same votes.
      const latency = await voteToOtherBrowser(browser, api.url, data.challengeId, ideas, voter.register.accessToken, context.quick ? 40 : 120, context);
      const scale = readScale(context);
      const usable: BenchFigure = {
        scenario: `web client, challenge page at scale ${scale}`,
        metric: 'first 20 ideas + vote, median',
        unit: 'ms',
        value: round(median(spa)),
        referenceName: "static HTML page of the same 20 ideas, with the site's headers",
        reference: round(median(still)),
        better: 'lower',
        goal: { ratio: 2, comparison: '<=' },
        note: `${rounds} cold loads each, headless Chromium`,
      };

      return [
        {
          scenario: 'web client, challenge page',
          metric: 'JS before usable (gzip)',
          unit: 'KB',
          value: round(js.gzipBytes / 1024),
          referenceName: 'budget',
          reference: BUDGET_KB,
          better: 'lower',
          goal: { ratio: 1, comparison: '<=' },
          note: `${js.files.length} files, ${round(js.rawBytes / 1024)} KB minified`,
        },
        usable,
        bareFigure(usable, bare),
        ...baseFigure(usable, base),
        {
          scenario: 'web client, vote → tally in another browser',
          metric: 'p99',
          unit: 'ms',
          value: round(percentile(latency.browser, 99)),
          referenceName: 'bare socket.io client, same votes',
          reference: round(percentile(latency.socket, 99)),
          better: 'lower',
          goal: { ratio: 1.5, comparison: '<=' },
          note: `${latency.browser.length} votes; p50 ${round(percentile(latency.browser, 50))} vs ${round(percentile(latency.socket, 50))} ms`,
        },
      ];
    } finally {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.stop();
    }
  },
};

/**
 * One voter flips votes (UP, then NONE) on the first 20 ideas in turn, 150 ms apart (each idea
 * quiet for 3 s, so none is coalesced away). A browser on the challenge page notes when each
 * idea's shown tally changes (a MutationObserver, Date.now()); a socket.io client in this
 * process notes each `idea.voted`. Both clocks are this machine's.
 */
async function voteToOtherBrowser(browser: Browser, apiUrl: string, challengeId: string, ideas: StaticIdea[], token: string, votes: number, context: BenchContext) {
  const reader = await browser.newContext({ baseURL: apiUrl, viewport: { width: 1280, height: 4000 } });
  const page = await reader.newPage();
  await page.goto(`/challenges/${challengeId}`);
  await page.waitForFunction(LIVE_WITH_20, undefined, { timeout: 60_000 });
  await page.evaluate(WATCH_TALLIES);
  const socket = io(apiUrl, { transports: ['websocket'], forceNew: true, reconnection: false });
  const socketSeen: Array<[string, number, number]> = [];
  socket.on('idea.voted', (event: { data: { ideaId: string; upvotes: number } }) => socketSeen.push([event.data.ideaId, event.data.upvotes, Date.now()]));
  await new Promise<void>((resolve, reject) => {
    socket.on('connect', () => socket.emitWithAck('join', { challengeId }).then(() => resolve(), reject));
    socket.on('connect_error', reject);
  });
  const sent: Array<{ id: string; up: number; at: number }> = [];
  try {
    for (let i = 0; i < votes; i++) {
      const idea = ideas[i % ideas.length];
      const value = Math.floor(i / ideas.length) % 2 === 0 ? 'UP' : 'NONE';
      const at = Date.now();
      const answer = await gqlAt(apiUrl, `mutation($id: ID!, $v: VoteValue!) { castVote(ideaId: $id, value: $v) { upvotes } }`, { id: idea.id, v: value }, token);
      sent.push({ id: idea.id, up: answer.castVote.upvotes, at });
      await new Promise((resolve) => setTimeout(resolve, 150));
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const seen = (await page.evaluate('window.__seen')) as Array<[string, number, number]>;
    const firstAfter = (log: Array<[string, number, number]>, vote: { id: string; up: number; at: number }) => log.find(([id, up, t]) => id === vote.id && up === vote.up && t >= vote.at)?.[2];
    const browserMs: number[] = [];
    const socketMs: number[] = [];
    for (const vote of sent) {
      const b = firstAfter(seen, vote);
      const s = firstAfter(socketSeen, vote);
      if (b !== undefined && s !== undefined) {
        browserMs.push(b - vote.at);
        socketMs.push(s - vote.at);
      }
    }
    context.log(`  votes: ${sent.length} sent, ${browserMs.length} seen by both the browser and the socket.io client`);
    return { browser: browserMs, socket: socketMs };
  } finally {
    socket.close();
    await reader.close();
  }
}

export default scenario;
