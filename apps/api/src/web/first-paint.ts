import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Request } from 'express';
import { ChallengePhase, PHASE_RULES, ParticipationAction } from '@pollen/challenges';

/**
 * The challenge page as HTML, before any script runs: the page's frame, the challenge and its
 * first ideas with vote buttons that work without script (a form posted to /auth/vote,
 * vote-form.controller.ts). It is written from the same first data the page carries for the
 * client (first-page.ts), in the markup the client renders, so that when the client's first
 * render comes it adopts these elements (Preact reuses the DOM it finds in the root, element by
 * element) instead of drawing the page a second time; `test/web/first-paint.e2e-spec.ts` checks
 * that the two say the same. The words come from the client's own catalogues, which its build
 * writes beside it (`first-paint.json`: every language's messages).
 *
 * What it leaves to the client: the signed-in header (the reader is not known here: the refresh
 * cookie is not sent with a page request), the language switch, the reader's own votes (shown as
 * none until the client reads the page again as them), the live updates and everything else.
 */

export type Catalogue = Record<string, unknown>;
export type Catalogues = Record<string, Catalogue>;

export function readCatalogues(webDir: string): Catalogues | null {
  const file = join(webDir, 'first-paint.json');
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  return parsed && typeof parsed === 'object' && 'en' in parsed ? (parsed as Catalogues) : null;
}

/** The language of the page: the first of the browser's languages the client speaks (as the client picks it), else English. */
export function pageLanguage(req: Request, catalogues: Catalogues): string {
  const chosen = req.acceptsLanguages(...Object.keys(catalogues));
  return typeof chosen === 'string' ? chosen.slice(0, 2).toLowerCase() : 'en';
}

/** Text as HTML, in an element or an attribute. */
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/**
 * i18next's lookup as the client uses it: nested keys, `{{name}}` values (`{{name, format}}`
 * takes the value as given), `_zero` then the language's plural form for `count`; a missing key
 * answers the key itself.
 */
export function translator(catalogue: Catalogue, locale: string): (key: string, values?: Record<string, string | number>) => string {
  const plural = new Intl.PluralRules(locale);
  const lookup = (key: string): string | undefined => {
    let node: unknown = catalogue;
    for (const part of key.split('.')) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
    return typeof node === 'string' ? node : undefined;
  };
  return (key, values = {}) => {
    const count = values.count;
    let text: string | undefined;
    if (typeof count === 'number') text = (count === 0 ? lookup(`${key}_zero`) : undefined) ?? lookup(`${key}_${plural.select(count)}`) ?? lookup(`${key}_other`);
    text ??= lookup(key) ?? key;
    // `{{until, datetime}}`: the value comes formatted already (the caller knows how).
    return text.replace(/\{\{\s*(\w+)\s*(?:,\s*\w+\s*)?\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}

/** The fields of the page's first data this page is drawn from (the client's Challenge and IdeasFeed queries). */
export interface PaintedChallenge {
  id: string;
  title: string;
  brief: string;
  phase: string;
  closesAt: string | null;
  organization: { name: string };
}

export interface PaintedIdea {
  id: string;
  title: string;
  body: string;
  tags: string[];
  score: number;
  upvotes: number;
  downvotes: number;
  commentCount: number;
  status: string;
  createdAt: string;
  author: { displayName: string };
  buildsOn: Array<{ id: string }>;
}

export interface PaintedFeed {
  edges: Array<{ node: PaintedIdea }>;
  pageInfo: { hasNextPage: boolean };
}

/** The client's order of the participations a phase allows (apps/web/src/features/challenges/phase-rules.ts). */
const PARTICIPATIONS: Array<[ParticipationAction, string]> = [
  [ParticipationAction.PROPOSE, 'propose'],
  [ParticipationAction.REVISE, 'revise'],
  [ParticipationAction.VOTE, 'vote'],
  [ParticipationAction.COMMENT, 'comment'],
];

const RELATIVE_STEPS: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** Formatters by language, made once (constructing one costs far more than using it). */
const formats = new Map<
  string,
  { number: Intl.NumberFormat; score: Intl.NumberFormat; relative: Intl.RelativeTimeFormat; date: Intl.DateTimeFormat; list: Intl.ListFormat; units: Intl.ListFormat }
>();

export function formatsOf(locale: string) {
  let made = formats.get(locale);
  if (!made) {
    made = {
      number: new Intl.NumberFormat(locale),
      // A sentiment score as the moderation queue shows it (team-paint.ts).
      score: new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }),
      relative: new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
      date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }),
      list: new Intl.ListFormat(locale, { type: 'conjunction' }),
      // A list of measures ("2 spam, 1 other"), the queue's reasons.
      units: new Intl.ListFormat(locale, { type: 'unit' }),
    };
    formats.set(locale, made);
  }
  return made;
}

export function relative(format: Intl.RelativeTimeFormat, iso: string): string {
  const seconds = (new Date(iso).getTime() - Date.now()) / 1000;
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(seconds) >= size || unit === 'second') return format.format(Math.round(seconds / size), unit);
  }
  return format.format(0, 'second');
}

const EXCERPT = 280;

/**
 * The root's content for a challenge page: what Layout, ChallengePage, IdeaFeed, IdeaCard and
 * VoteButtons render from the same data for a reader who is not signed in. `path`: the page's
 * address (path and query), where a vote posted without script comes back to.
 */
export function paintChallengePage(input: { challenge: PaintedChallenge; feed: PaintedFeed; orderBy: string; path: string; locale: string; catalogue: Catalogue }): string {
  const { challenge, feed, orderBy, path, locale } = input;
  const t = translator(input.catalogue, locale);
  const f = formatsOf(locale);
  const e = escapeHtml;
  const phase = challenge.phase as ChallengePhase;
  const rules = PHASE_RULES[phase] ?? new Set<ParticipationAction>();
  const now = PARTICIPATIONS.filter(([action]) => rules.has(action)).map(([, name]) => t(`actions.${name}`));
  const canVote = rules.has(ParticipationAction.VOTE);
  const base = `/challenges/${challenge.id}`;
  const ideas = feed.edges.map((edge) => edge.node);
  const setSize = feed.pageInfo.hasNextPage ? -1 : ideas.length;

  const header =
    `<a class="skip-link" href="#main">${e(t('layout.skip'))}</a>` +
    `<header class="site-header"><a class="brand" href="/">${e(t('layout.brand'))}</a>` +
    `<nav aria-label="${e(t('layout.navigation'))}" class="site-nav"><a href="/">${e(t('layout.challenges'))}</a>` +
    `<a href="/signin">${e(t('layout.signIn'))}</a><a href="/signup">${e(t('layout.signUp'))}</a></nav></header>`;

  const phasePanel =
    `<div class="phase-panel"><p><span class="phase phase-${e(phase.toLowerCase())}">${e(t(`phase.${phase}`))}</span> ` +
    `${e(now.length > 0 ? t('challenge.allowsNow', { actions: f.list.format(now) }) : t('challenge.allowsNothing'))}</p>` +
    (challenge.closesAt ? `<p>${e(t('challenge.closes', { date: f.date.format(new Date(challenge.closesAt)), relative: relative(f.relative, challenge.closesAt) }))}</p>` : '') +
    `</div>`;

  const challengeHeader =
    `<header class="challenge-header"><p class="muted">${e(t('challenges.by', { organization: challenge.organization.name }))}</p>` +
    `<h1>${e(challenge.title)}</h1>${phasePanel}` +
    `<details class="brief"><summary>${e(t('challenge.brief'))}</summary><p class="prewrap">${e(challenge.brief)}</p></details></header>`;

  const actions =
    `<div class="actions">` +
    (rules.has(ParticipationAction.PROPOSE) ? `<a class="button primary" href="${base}/propose">${e(t('ideas.propose'))}</a>` : '') +
    `<a class="button" href="${base}/statement">${e(t('ownership.statementLink'))}</a></div>`;

  // A search without script is a GET of the same page with ?q= (the client reads the same parameter).
  const search =
    `<form role="search" class="search" action="${base}"><div class="search-field"><label for="search-q">${e(t('ideas.searchLabel'))}</label>` +
    `<input id="search-q" type="search" name="q" value=""></div><button type="submit">${e(t('ideas.search'))}</button></form>`;

  const sorts =
    `<nav aria-label="${e(t('ideas.sortBy'))}" class="tabs">` +
    ['HOT', 'TOP', 'NEW']
      .map((o) => `<a href="${o === 'HOT' ? base : `${base}?sort=${o}`}"${o === orderBy ? ' aria-current="page"' : ''} class="sort-link">${e(t(`ideas.order.${o}`))}</a>`)
      .join('') +
    `</nav>`;

  const card = (idea: PaintedIdea, index: number) => {
    const tally = t('votes.tally', { up: f.number.format(idea.upvotes), down: f.number.format(idea.downvotes) });
    const disabled = canVote ? '' : ' disabled';
    const excerpt = idea.body.length > EXCERPT ? `${idea.body.slice(0, EXCERPT)}…` : idea.body;
    const status = idea.status !== 'OPEN' ? ` · <span class="status status-${e(idea.status.toLowerCase())}">${e(t(`status.${idea.status}`))}</span>` : '';
    const buildsOn = idea.buildsOn.length > 0 ? ` · ${e(t('ideas.buildsOnCount', { count: idea.buildsOn.length }))}` : '';
    const tags = idea.tags.length > 0 ? ` · ${idea.tags.map((tag) => `<span class="tag">${e(tag)}</span>`).join('')}` : '';
    return (
      `<article aria-posinset="${index + 1}" aria-setsize="${setSize}" class="feed-item"><div class="idea-card">` +
      voteForm({ ideaId: idea.id, title: idea.title, score: f.number.format(idea.score), tally, disabled, path, t }) +
      `<div class="idea-main"><h3><a href="/ideas/${e(idea.id)}">${e(idea.title)}</a></h3>` +
      `<p class="muted">${e(t('ideas.byline', { name: idea.author.displayName }))} · <time datetime="${e(idea.createdAt)}">${e(relative(f.relative, idea.createdAt))}</time>${status}</p>` +
      `<p class="excerpt">${e(excerpt)}</p>` +
      `<p class="muted">${e(t('ideas.comments', { count: idea.commentCount, formatted: f.number.format(idea.commentCount) }))}${buildsOn}${tags}</p>` +
      `</div></div></article>`
    );
  };

  const feedLabel = t('ideas.feedLabel', { order: t(`ideas.order.${orderBy}`) });
  const none = ideas.length === 0 ? `<p>${e(t('ideas.none'))}</p>` : '';
  const feedHtml =
    `<div class="feed-wrap">${none}<div role="feed" aria-label="${e(feedLabel)}" aria-busy="false" class="feed">${ideas.map(card).join('')}</div><div></div>` +
    (feed.pageInfo.hasNextPage ? `<button type="button">${e(t('ideas.more'))}</button>` : '') +
    `</div>`;

  return `${header}<main id="main" tabindex="-1" class="page">${challengeHeader}${actions}${search}<h2 class="visually-hidden">${e(t('ideas.title'))}</h2>${sorts}${feedHtml}</main>`;
}

/** The vote buttons of a card as VoteButtons renders them: a form that casts the vote without script, a toggle with it. */
function voteForm(input: { ideaId: string; title: string; score: string; tally: string; disabled: string; path: string; t: ReturnType<typeof translator> }): string {
  const { t, disabled } = input;
  const e = escapeHtml;
  const title = { title: input.title };
  return (
    `<form class="vote" method="post" action="/auth/vote" role="group" aria-label="${e(t('votes.group', title))}">` +
    `<input type="hidden" name="ideaId" value="${e(input.ideaId)}"><input type="hidden" name="return" value="${e(input.path)}">` +
    `<button type="submit" name="value" value="UP" aria-pressed="false"${disabled} aria-label="${e(t('votes.up', title))}" class="vote-up"><span aria-hidden="true">▲</span></button>` +
    `<span class="score" title="${e(input.tally)}"><span class="visually-hidden">${e(t('votes.scoreLabel'))} </span>${e(input.score)}<span class="visually-hidden"> (${e(input.tally)})</span></span>` +
    `<button type="submit" name="value" value="DOWN" aria-pressed="false"${disabled} aria-label="${e(t('votes.down', title))}" class="vote-down"><span aria-hidden="true">▼</span></button>` +
    `</form>`
  );
}
