import type { BenchContext, BenchFigure, BenchScenario } from '../bench-figure';
import { adminQuery, withDatabase } from '../bench-postgres';
import { BENCH_JWT_SECRET, mintAccessTokens } from '../bench-tokens';
import { median, round } from '../bench-units';
import { startApi } from '../child-server';
import { readScale, seededDatabase } from '../seeded-database';
import { gqlAt, signedInContext } from '../web/browser-session';
import { QUEUE_READY } from '../web/page-scripts';
import { bareFigure, baseFigure, pageInTurns } from '../web/page-turns';
import { pageHeaders, staticQueueServer, type StaticQueue } from '../web/static-queue.server';
import { launchBrowser } from '../../web/support/browser';
import { baseWebBuild, benchWebBuild } from '../web/bench-web-build';

const PASSWORD = 'Bench-queue-2030';
/** The moderation load: ideas and comments reported, by how many reporters each (three standing reporters hold an item). */
const REPORTED_IDEAS = 160;
const REPORTED_COMMENTS = 60;
const REPORTERS = 40;
const REASONS = ['SPAM', 'OFFENSIVE', 'OFF_TOPIC'];

const REPORT = `mutation($i: ReportInput!) { report(input: $i) { targetId } }`;
const QUEUE = `query($o: ID!, $f: ModerationQueueFilter) { moderationQueue(organizationId: $o, filter: $f, first: 20) {
  counts { REPORTED HELD PENDING FLAGGED HIDDEN RESOLVED }
  edges { node { targetType state reporterCount reasons { reason count } sentiment { label score } author { displayName } idea { title body } comment { body } } } } }`;

/** Reports `targets` from `tokens` (1–5 reporters each, in turn), eight requests in flight. */
async function report(apiUrl: string, targets: Array<{ targetType: string; targetId: string }>, tokens: string[]): Promise<number> {
  const jobs: Array<() => Promise<unknown>> = [];
  targets.forEach((target, i) => {
    const reporters = 1 + (i % 5);
    for (let r = 0; r < reporters; r++) {
      const token = tokens[(i * 7 + r) % tokens.length];
      jobs.push(() => gqlAt(apiUrl, REPORT, { i: { ...target, reason: REASONS[(i + r) % REASONS.length] } }, token));
    }
  });
  let next = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < jobs.length) await jobs[next++]();
  }));
  return jobs.length;
}

/** A copy of the seeded database; PostgreSQL copies a database nobody is connected to, so wait for another run's servers to leave it (at most ten minutes). */
async function copyWhenIdle(context: BenchContext, source: string, copy: string): Promise<void> {
  for (let waited = 0; ; waited += 5) {
    try {
      await adminQuery(context.adminUrl, `CREATE DATABASE "${copy}" TEMPLATE "${source}" STRATEGY FILE_COPY`);
      return;
    } catch (error) {
      if (waited >= 600 || !String(error).includes('is being accessed by other users')) throw error;
      if (waited % 60 === 0) context.log(`control-room-queue: ${source} is in use by another run; waiting to copy it`);
      await new Promise((resolve) => setTimeout(resolve, 5_000));
    }
  }
}

/**
 * Issue 14's queue figure: the time until the moderation queue of a seeded challenge shows its
 * counts and its first page, in headless Chromium, against a static HTML page of the same content,
 * in turns, same run. The load (reports on ideas and comments, items held by three standing
 * reporters) is written over GraphQL into a copy of the seeded database, so the shared seed stays
 * as the read scenarios expect it.
 */
const scenario: BenchScenario = {
  name: 'control-room-queue',
  async run(context: BenchContext): Promise<BenchFigure[]> {
    const webDir = await benchWebBuild();
    const scale = readScale(context);
    const seed = await seededDatabase(context, scale);
    const copy = `bench_queue_${Date.now().toString(36)}`;
    const seedName = new URL(seed.url).pathname.slice(1);
    context.log(`control-room-queue: copying ${seedName} to ${copy}`);
    await copyWhenIdle(context, seedName, copy);
    const url = withDatabase(context.adminUrl, copy);
    const closers: Array<() => Promise<unknown>> = [() => adminQuery(context.adminUrl, `DROP DATABASE IF EXISTS "${copy}" WITH (FORCE)`)];
    try {
      const api = await startApi({ databaseUrl: url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: webDir } });
      closers.push(() => api.stop());
      const browser = await launchBrowser();
      closers.push(() => browser.close());
      const email = `bench-queue-${Date.now()}@example.test`;
      const registered = await gqlAt(api.url, `mutation($i: RegisterInput!) { register(input: $i) { accessToken user { id } } }`, { i: { email, password: PASSWORD, displayName: 'Bench moderator' } });
      const [{ organization_id: organizationId }] = await adminQuery<{ organization_id: string }>(
        url,
        `INSERT INTO organization_member (organization_id, user_id, role) SELECT organization_id, $2, 'MODERATOR' FROM challenge WHERE id = $1 RETURNING organization_id`,
        [seed.challengeId, registered.register.user.id],
      );
      // Reporters in good standing (old accounts with visible content) who wrote none of the targets.
      const ideas = await adminQuery<{ id: string; author_id: string }>(url, `SELECT id, author_id FROM idea WHERE challenge_id = $1 AND visibility = 'VISIBLE' ORDER BY hot DESC LIMIT $2`, [seed.challengeId, REPORTED_IDEAS]);
      const comments = await adminQuery<{ id: string; author_id: string }>(
        url,
        `SELECT c.id, c.author_id FROM comment c JOIN idea i ON i.id = c.idea_id WHERE i.challenge_id = $1 AND c.visibility = 'VISIBLE' ORDER BY c.created_at DESC LIMIT $2`,
        [seed.challengeId, REPORTED_COMMENTS],
      );
      const authors = [...new Set([...ideas, ...comments].map((row) => row.author_id))];
      const reporters = await adminQuery<{ id: string }>(
        url,
        `SELECT u.id FROM app_user u WHERE u.id <> ALL($1::uuid[]) AND EXISTS (SELECT 1 FROM idea i WHERE i.author_id = u.id AND i.visibility = 'VISIBLE') ORDER BY u.id LIMIT $2`,
        [authors, REPORTERS],
      );
      const tokens = await mintAccessTokens(url, reporters.map((row) => row.id));
      const targets = [...ideas.map((row) => ({ targetType: 'IDEA', targetId: row.id })), ...comments.map((row) => ({ targetType: 'COMMENT', targetId: row.id }))];
      const started = Date.now();
      const sent = await report(api.url, targets, tokens);
      context.log(`control-room-queue: ${sent} reports on ${targets.length} items by ${tokens.length} reporters in ${round((Date.now() - started) / 1000)} s`);

      const data = await gqlAt(api.url, QUEUE, { o: organizationId, f: { challengeId: seed.challengeId } }, registered.register.accessToken);
      const queue = data.moderationQueue;
      const content: StaticQueue = {
        counts: Object.entries(queue.counts as Record<string, number>),
        items: queue.edges.map(({ node }: any) => ({
          kind: node.targetType,
          title: node.idea?.title ?? '',
          excerpt: (node.targetType === 'COMMENT' ? node.comment?.body : node.idea?.body)?.slice(0, 280) ?? '',
          state: node.state,
          author: node.author?.displayName ?? '',
          reporters: `${node.reporterCount} reporters: ${node.reasons.map((r: any) => `${r.reason} (${r.count})`).join(', ')}`,
          sentiment: node.sentiment ? `${node.sentiment.label} ${node.sentiment.score}` : '',
        })),
      };
      const shown = content.items.length;
      context.log(`control-room-queue: counts ${JSON.stringify(queue.counts)}; ${shown} items on the first page`);
      if (shown === 0) throw new Error('the moderation queue is empty: the load did not reach it');
      const queuePage = `/manage/challenges/${seed.challengeId}/moderation`;
      // The reference as the site would serve a static page (its security headers), and bare.
      const reference = await staticQueueServer(content, await pageHeaders(`${api.url}${queuePage}`));
      const bareReference = await staticQueueServer(content);
      closers.push(() => new Promise((resolve) => reference.server.close(resolve)));
      closers.push(() => new Promise((resolve) => bareReference.server.close(resolve)));

      const baseDir = baseWebBuild();
      const baseApi = baseDir ? await startApi({ databaseUrl: url, jwtSecret: BENCH_JWT_SECRET, env: { POLLEN_WEB_DIR: baseDir } }) : null;
      if (baseApi) closers.push(() => baseApi.stop());
      const { spa, still, bare, base } = await pageInTurns(context, {
        browser,
        rounds: context.quick ? 5 : 15,
        label: 'queue',
        signedIn: () => signedInContext(browser, api.url, email, PASSWORD, 2400),
        page: queuePage,
        reference: reference.url,
        bareReference: bareReference.url,
        ready: QUEUE_READY,
        arg: shown,
        base: baseApi ? { signedIn: () => signedInContext(browser, baseApi.url, email, PASSWORD, 2400) } : undefined,
      });
      const listed: BenchFigure = {
        scenario: `control room, moderation queue at scale ${scale}`,
        metric: `counts + first ${shown} items, median`,
        unit: 'ms',
        value: round(median(spa)),
        referenceName: "static HTML page of the same items, with the site's headers",
        reference: round(median(still)),
        better: 'lower',
        goal: { ratio: 2, comparison: '<=' },
        note: `${spa.length} cold loads each, headless Chromium; ${sent} reports on ${targets.length} items (${queue.counts.HELD} held)`,
      };
      return [listed, bareFigure(listed, bare), ...baseFigure(listed, base)];
    } finally {
      for (const close of closers.reverse()) await close().catch(() => undefined);
    }
  },
};

export default scenario;
