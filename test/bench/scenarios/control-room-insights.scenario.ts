import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { InsightChart, insightCards } from '@pollen/charts';
import { rebuildChallengeInsights } from '@pollen/insights';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { translator } from '../../../apps/api/src/web/first-paint';
import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { adminQuery } from '../bench-postgres';
import { BENCH_JWT_SECRET } from '../bench-tokens';
import { median, round } from '../bench-units';
import { startApi } from '../child-server';
import { readScale, seededDatabase } from '../seeded-database';
import { gqlAt, signedInContext } from '../web/browser-session';
import { initialJavaScript } from '../web/js-budget';
import { INSIGHTS_READY } from '../web/page-scripts';
import { bareFigure, baseFigure, pageInTurns } from '../web/page-turns';
import { staticInsightsServer, type StaticInsights } from '../web/static-insights.server';
import { pageHeaders } from '../web/static-queue.server';
import { launchBrowser } from '../../web/support/browser';
import { baseWebBuild, benchWebBuild } from '../web/bench-web-build';

const PASSWORD = 'Bench-insights-2030';
const DAY_MS = 86_400_000;

/** The JavaScript files a page fetched from the API's /assets/. */
function scriptsOf(page: Page): Set<string> {
  const files = new Set<string>();
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (path.startsWith('/assets/') && path.endsWith('.js')) files.add(path.slice(1));
  });
  return files;
}

/** The dashboard's figures for the static reference: the same query the page sends, laid out as its tables. */
async function staticContent(apiUrl: string, token: string, challengeId: string): Promise<StaticInsights> {
  const tomorrow = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS;
  const data = await gqlAt(
    apiUrl,
    `query($c: ID!, $from: DateTime!, $to: DateTime!) { challengeInsights(challengeId: $c, from: $from, to: $to, bucket: DAY) {
      bucket sentimentTrend sentiment { positive neutral negative } stance { for neutral against } moderation { reports holds actions }
      buckets { start participants newIdeas votes comments netSentiment sentiment { positive neutral negative } moderation { reports holds actions } }
      mostDiscussed(first: 5) { comments upvotes downvotes idea { id title } } mostDivisive(first: 5) { comments upvotes downvotes idea { id title } }
      topContributors(first: 5) { participantId points shareBp participant { displayName } } } }`,
    { c: challengeId, from: new Date(tomorrow - 30 * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString() },
    token,
  );
  const i = data.challengeInsights;
  const sum = (key: 'newIdeas' | 'votes' | 'comments') => i.buckets.reduce((n: number, b: any) => n + b[key], 0);
  const ideas = (list: any[]) => list.map((x) => [x.idea.title, x.comments, x.upvotes, x.downvotes]);
  // The same content includes the same charts: drawn as static SVG by the dashboard's own components (libs/charts), in English.
  const t = translator(JSON.parse(readFileSync(join(__dirname, '../../../apps/web/src/i18n/locales/en.json'), 'utf8')), 'en');
  const charts = insightCards(i, t, 'en').map((card) => renderToStaticMarkup(createElement(InsightChart, { spec: card.chart, locale: 'en' })));
  return {
    charts,
    totals: [['New ideas', sum('newIdeas')], ['Votes', sum('votes')], ['Comments', sum('comments')], ['Reports', i.moderation.reports], ['Sentiment trend', 0]],
    cards: [
      { title: 'Participation over time', rows: [['Day', 'Participants', 'New ideas', 'Votes', 'Comments'], ...i.buckets.map((b: any) => [b.start, b.participants, b.newIdeas, b.votes, b.comments])] },
      { title: 'Sentiment over time', rows: [['Day', 'Positive', 'Neutral', 'Negative', 'Net'], ...i.buckets.map((b: any) => [b.start, b.sentiment.positive, b.sentiment.neutral, b.sentiment.negative, b.netSentiment])] },
      { title: 'Sentiment distribution', rows: [['Sentiment', 'Texts'], ['Positive', i.sentiment.positive], ['Neutral', i.sentiment.neutral], ['Negative', i.sentiment.negative]] },
      { title: 'Stance beside sentiment', rows: [['Side', 'Stated stance', 'Sentiment'], ['For / positive', i.stance.for, i.sentiment.positive], ['Neutral', i.stance.neutral, i.sentiment.neutral], ['Against / negative', i.stance.against, i.sentiment.negative]] },
      { title: 'Moderation load', rows: [['Day', 'Reports', 'Holds', 'Actions'], ...i.buckets.map((b: any) => [b.start, b.moderation.reports, b.moderation.holds, b.moderation.actions])] },
      { title: 'Most discussed ideas', rows: [['Idea', 'Comments', 'For', 'Against'], ...ideas(i.mostDiscussed)] },
      { title: 'Most divisive ideas', rows: [['Idea', 'Comments', 'For', 'Against'], ...ideas(i.mostDivisive)] },
      { title: 'Top contributors', rows: [['Participant', 'Points', 'Share'], ...i.topContributors.map((c: any) => [c.participant.displayName, c.points, c.shareBp])] },
    ],
  };
}

/**
 * Issue 14's dashboard figures: the JavaScript the insights dashboard loads when it is opened
 * (its chunks and the charts' (visx), none of it in the first bundle), gzipped; and the time until the
 * dashboard of a seeded challenge shows its totals and eight drawn charts in headless Chromium,
 * against a static HTML page of the same figures, in turns, in the same run.
 */
const scenario: BenchScenario = {
  name: 'control-room-insights',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const webDir = await benchWebBuild();
    const scale = readScale(context);
    const data = await seededDatabase(context, scale);
    if ((await adminQuery(data.url, `SELECT 1 FROM insight_rebuild WHERE challenge_id = $1`, [data.challengeId])).length === 0) {
      context.log('control-room-insights: rebuilding the insights of the seeded challenge from its rows');
      await rebuildChallengeInsights(data.url, data.challengeId);
    }
    const api = await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: webDir } });
    const browser = await launchBrowser();
    const closers: Array<() => Promise<unknown>> = [];
    try {
      // A team member of the seeded challenge's organisation (added as its seeder would add one).
      const email = `bench-insights-${Date.now()}@example.test`;
      const registered = await gqlAt(api.url, `mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }`, { i: { email, password: PASSWORD, displayName: 'Bench lead' } });
      await adminQuery(
        data.url,
        `INSERT INTO organization_member (organization_id, user_id, role) SELECT organization_id, $2, 'MODERATOR' FROM challenge WHERE id = $1`,
        [data.challengeId, registered.register.user.id],
      );
      const dashboard = `/manage/challenges/${data.challengeId}/insights`;
      const content = await staticContent(api.url, registered.register.accessToken, data.challengeId);
      // The reference as the site would serve a static page (its security headers), and bare.
      const reference = await staticInsightsServer(content, await pageHeaders(`${api.url}${dashboard}`));
      const bareReference = await staticInsightsServer(content);
      closers.push(() => new Promise((resolve) => reference.server.close(resolve)));
      closers.push(() => new Promise((resolve) => bareReference.server.close(resolve)));

      // The dashboard's own JavaScript: what it fetches beyond what the control room's home fetched.
      const home = await signedInContext(browser, api.url, email, PASSWORD, 2400);
      const homePage = await home.newPage();
      const loaded = scriptsOf(homePage);
      await homePage.goto('/manage');
      await homePage.getByRole('heading', { level: 1 }).waitFor();
      await homePage.waitForLoadState('networkidle');
      const before = new Set(loaded);
      await homePage.goto(dashboard);
      await homePage.waitForFunction(INSIGHTS_READY, undefined, { polling: 'raf', timeout: 60_000 });
      const chunks = [...loaded].filter((file) => !before.has(file));
      const gzip = chunks.reduce((n, file) => n + gzipSync(readFileSync(join(webDir, file)), { level: 6 }).length, 0);
      const raw = chunks.reduce((n, file) => n + readFileSync(join(webDir, file)).length, 0);
      const initial = readFileSync(join(webDir, 'index.html'), 'utf8');
      const inFirstBundle = chunks.filter((file) => initial.includes(file));
      context.log(`control-room-insights: ${chunks.length} chunks on opening the dashboard, ${round(gzip / 1024)} KB gzipped; in the first bundle: ${inFirstBundle.length}`);
      await home.close();

      const rounds = context.quick ? 5 : 15;
      const baseDir = baseWebBuild();
      const baseApi = baseDir ? await startApi({ databaseUrl: data.url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: baseDir } }) : null;
      if (baseApi) closers.push(() => baseApi.stop());
      const { spa, still, bare, base } = await pageInTurns(context, {
        browser,
        rounds,
        label: 'dashboard',
        signedIn: () => signedInContext(browser, api.url, email, PASSWORD, 2400),
        page: dashboard,
        reference: reference.url,
        bareReference: bareReference.url,
        ready: INSIGHTS_READY,
        base: baseApi ? { signedIn: () => signedInContext(browser, baseApi.url, email, PASSWORD, 2400) } : undefined,
      });
      const drawn: BenchFigure = {
        scenario: `control room, insights dashboard at scale ${scale}`,
        metric: 'totals + 8 charts drawn, median',
        unit: 'ms',
        value: round(median(spa)),
        referenceName: "static HTML page of the same figures and charts (SVG), with the site's headers",
        reference: round(median(still)),
        better: 'lower',
        goal: { ratio: 2, comparison: '<=' },
        note: `${rounds} cold loads each, headless Chromium, 30 DAY buckets`,
      };
      return [
        {
          scenario: 'control room, insights dashboard',
          metric: 'JS loaded on opening (gzip)',
          unit: 'KB',
          value: round(gzip / 1024),
          referenceName: 'the first bundle (challenge page), same build',
          reference: round(initialJavaScript(webDir).gzipBytes / 1024),
          better: 'lower',
          note: `${chunks.length} chunks, ${round(raw / 1024)} KB minified, the charts (visx) included; ${inFirstBundle.length} of them in the first bundle`,
        },
        drawn,
        bareFigure(drawn, bare),
        ...baseFigure(drawn, base),
      ];
    } finally {
      for (const close of closers.reverse()) await close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await api.stop();
    }
  },
};

export default scenario;
