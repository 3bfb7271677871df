import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
import type { AuthService } from '@pollen/identity';
import { ask, ownEndpoint, requestIdOf, type FirstPageQueries } from './first-page';

/**
 * A control-room page's first data, read as its reader while the page is sent. The challenge page
 * is read as a reader not signed in (first-page.ts); a team page shows nothing to such a reader, so
 * without this it was a chain of waits: the page, its scripts, the session's refresh, the team
 * guard's read, then the queue's or the dashboard's (575 and 508 ms at scale 10, 3.8× and 5.4× a
 * static page of the same content).
 *
 * Who reads: the session cookie is also set for `/manage` (SessionCookieService, PAGE_COOKIE_PATH),
 * so the page's GET carries it. It is read, never rotated (AuthService.pageReaderOf, the rule of
 * the vote form's cookie): the client still makes its one refresh, in turn with its other tabs, as
 * a used refresh token presented twice would end the session. The reads are the client's own
 * queries (the build's first-page.json) asked of the API's GraphQL endpoint with an access token
 * that never leaves the server, so every rule of who may see what is the API's, as for any read:
 * a reader off the team gets no data, and the client shows its refusal as before.
 *
 * What the page carries: the reader (id and display name: the page shows the signed-in frame
 * before the refresh answers), and each read with its variables and answer. Its head also names
 * the page's chunks (`team-pages.json`), so the browser fetches them beside the first one.
 *
 * Such a page is private: `Cache-Control: no-store`. It is compressed like the others: a response
 * that carries a reader's data is only ever made for a request carrying the SameSite=Strict
 * cookie, which no other site's request carries, so no other site can have it made and measure
 * its length (BREACH).
 */
export type TeamPageName = 'moderation' | 'insights';

export interface TeamPage {
  challengeId: string;
  page: TeamPageName;
}

const TEAM_PAGE = /^\/manage\/challenges\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/(moderation|insights)\/?$/i;

export function teamPageOf(path: string): TeamPage | null {
  const match = TEAM_PAGE.exec(path);
  return match ? { challengeId: match[1].toLowerCase(), page: match[2].toLowerCase() as TeamPageName } : null;
}

/** A team page's chunks beyond the first page's, and their stylesheets (apps/web/vite.config.ts, `teamPageFiles`). */
export interface TeamPageFiles {
  scripts: string[];
  styles: string[];
}

const ASSET_PATH = /^\/assets\/[\w.-]+\.(js|css)$/;

export function readTeamPageFiles(webDir: string): Partial<Record<TeamPageName, TeamPageFiles>> {
  const file = join(webDir, 'team-pages.json');
  if (!existsSync(file)) return {};
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, Partial<TeamPageFiles>>;
  const out: Partial<Record<TeamPageName, TeamPageFiles>> = {};
  for (const page of ['moderation', 'insights'] as const) {
    const files = parsed[page];
    const list = (value: unknown) => (Array.isArray(value) ? value.filter((path): path is string => typeof path === 'string' && ASSET_PATH.test(path)) : []);
    if (files) out[page] = { scripts: list(files.scripts), styles: list(files.styles) };
  }
  return out;
}

/** The links the page's head gets for its chunks: fetched at once, run when the client imports them. */
export function teamPageLinks(files: TeamPageFiles | undefined): string {
  if (!files) return '';
  return [...files.styles.map((href) => `<link rel="stylesheet" crossorigin href="${href}">`), ...files.scripts.map((href) => `<link rel="modulepreload" crossorigin href="${href}">`)].join('');
}

/**
 * The moderation queue's first read, as the page asks for it (ModerationPage's `queueVariables`
 * with QueueCounts' DEFAULT_STATES and no target type): the browser spec checks the client does
 * not ask for it again, so a change on one side only is seen.
 */
const QUEUE_FIRST_STATES = ['REPORTED', 'HELD', 'PENDING'];
const DAY_MS = 86_400_000;
/** The dashboard's first range (InsightsPage's DEFAULT_DAYS, `rangeOf` in insights/range.ts): the last 30 days up to the end of today (UTC), by day. */
const INSIGHTS_FIRST_DAYS = 30;

export function insightsFirstRange(now = Date.now()): { from: string; to: string; bucket: 'DAY' } {
  const tomorrow = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS;
  return { from: new Date(tomorrow - INSIGHTS_FIRST_DAYS * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString(), bucket: 'DAY' };
}

export type TeamRead = 'teamChallenge' | 'moderationQueue' | 'challengeInsights';

export interface TeamPageData extends TeamPage {
  kind: 'team';
  reader: { id: string; displayName: string };
  reads: Array<{ query: TeamRead; variables: Record<string, unknown>; data: unknown }>;
}

interface TeamChallengeAnswer {
  challenge?: { organization?: { id?: string; viewerRole?: string | null } | null } | null;
}

/**
 * The page's first data, or null when there is none to give: no cookie, a token a refresh would
 * refuse, a reader off the team, an error, or past the timeout. The client then reads as before.
 */
export async function readTeamPageData(
  req: Request,
  page: TeamPage,
  refreshToken: string,
  queries: FirstPageQueries,
  auth: AuthService,
  timeoutMs: number,
): Promise<TeamPageData | null> {
  const endpoint = ownEndpoint(req);
  const second = page.page === 'moderation' ? queries.moderationQueue : queries.challengeInsights;
  if (!endpoint || typeof queries.teamChallenge !== 'string' || typeof second !== 'string') return null;
  const requestId = requestIdOf(req);
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const reader = await auth.pageReaderOf(refreshToken).catch(() => null);
    if (!reader) return null;
    const read = (query: string, variables: Record<string, unknown>) => ask(endpoint, query, variables, signal, requestId, reader.accessToken);
    const teamVariables = { id: page.challengeId };
    const insightsVariables = { challengeId: page.challengeId, ...insightsFirstRange() };
    // The dashboard's read names the challenge only: asked beside the guard's. The queue's names its organisation, which the guard's answer gives.
    const [team, insights] = await Promise.all([
      read(queries.teamChallenge, teamVariables) as Promise<TeamChallengeAnswer | null>,
      page.page === 'insights' ? read(second, insightsVariables) : null,
    ]);
    const organization = team?.challenge?.organization;
    if (!organization?.id || !organization.viewerRole) return null;
    const reads: TeamPageData['reads'] = [{ query: 'teamChallenge', variables: teamVariables, data: team }];
    if (page.page === 'insights') {
      if (!insights) return null;
      reads.push({ query: 'challengeInsights', variables: insightsVariables, data: insights });
    } else {
      const queueVariables = { organizationId: organization.id, filter: { challengeId: page.challengeId, states: QUEUE_FIRST_STATES, targetType: null } };
      const queue = await read(second, queueVariables);
      if (!queue) return null;
      reads.push({ query: 'moderationQueue', variables: queueVariables, data: queue });
    }
    return { kind: 'team', ...page, reader: reader.user, reads };
  } catch {
    return null;
  }
}
