import { escapeHtml, formatsOf, relative, translator, type Catalogue } from './first-paint';

/**
 * The moderation queue's page as HTML, drawn from the first data the page carries (team-page.ts)
 * before any script runs, as first-paint.ts draws a challenge page: the control room's frame, the
 * challenge's tabs, the counts per state and the queue's first items, in the markup the client
 * renders (Layout, ControlRoomLayout, ChallengeTeamGuard, ModerationPage, QueueCounts, QueueItem),
 * in the reader's language from the client's own catalogues. A moderator reads the queue as soon
 * as the page arrives; its controls are drawn disabled, as they do nothing until the client runs.
 *
 * The client's first render then draws its own page over it (createRoot in main.tsx, not
 * hydration: its first render says more, the action form and the panels below the queue), and
 * Preact reuses the elements it finds in the root, setting their attributes and text as its own
 * render has them (the controls enabled). `test/web/team-paint.e2e-spec.ts` checks that the queue
 * says the same before and after.
 */

export interface PaintedTeamChallenge {
  id: string;
  title: string;
  phase: string;
  organization: { name: string };
}

export interface PaintedQueueItem {
  id: string;
  targetId: string;
  targetType: string;
  state: string;
  reporterCount: number;
  standingReporters: number;
  rule: string | null;
  updatedAt: string;
  reasons: Array<{ reason: string; count: number }>;
  reports: Array<{ details: string | null }>;
  sentiment: { label: string; score: number } | null;
  author: { displayName: string } | null;
  idea: { id: string; title: string; body: string } | null;
  comment: { body: string } | null;
}

export interface PaintedQueue {
  counts: Record<string, number>;
  edges: Array<{ node: PaintedQueueItem }>;
  pageInfo: { hasNextPage: boolean };
}

/** QueueCounts' states in its order, and those the page shows first (DEFAULT_STATES). */
const QUEUE_STATES = ['REPORTED', 'HELD', 'PENDING', 'FLAGGED', 'HIDDEN', 'RESOLVED'];
const FIRST_STATES = new Set(['REPORTED', 'HELD', 'PENDING']);
const TABS = ['moderation', 'review', 'insights', 'ownership', 'settings'];
const EXCERPT = 280;

/** What a queue item is about, in a few words (QueueItem's `itemLabel`). */
function itemLabel(item: PaintedQueueItem): string {
  if (item.targetType === 'IDEA') return item.idea?.title ?? item.targetId;
  if (item.targetType === 'COMMENT') return (item.comment?.body ?? '').slice(0, 80) || item.targetId;
  return item.author?.displayName ?? item.targetId;
}

/**
 * A team page's frame around its content: the site's header (signed in as `reader`), the control
 * room's navigation and the challenge's tabs with `tab` current, as Layout, ControlRoomLayout and
 * ChallengeTeamGuard render them.
 */
export function teamPageShell(input: { challenge: PaintedTeamChallenge; reader: { id: string; displayName: string }; tab: string; t: (key: string, values?: Record<string, string | number>) => string }, page: string): string {
  const { challenge, reader, tab: current, t } = input;
  const e = escapeHtml;
  const base = `/manage/challenges/${challenge.id}`;
  const header =
    `<a class="skip-link" href="#main">${e(t('layout.skip'))}</a>` +
    `<header class="site-header"><a class="brand" href="/">${e(t('layout.brand'))}</a>` +
    `<nav aria-label="${e(t('layout.navigation'))}" class="site-nav"><a href="/">${e(t('layout.challenges'))}</a>` +
    `<a href="/people/${e(reader.id)}">${e(t('layout.profile', { name: reader.displayName }))}</a><a href="/account">${e(t('layout.account'))}</a>` +
    `<button type="button" disabled>${e(t('layout.signOut'))}</button></nav></header>`;

  const frame =
    `<nav aria-label="${e(t('controlRoom.navigation'))}" class="control-room-nav"><a href="/manage">${e(t('controlRoom.home'))}</a>` +
    `<a href="/manage/challenges/new">${e(t('controlRoom.newChallenge'))}</a><a href="/manage/invitations">${e(t('controlRoom.invitations'))}</a></nav>` +
    `<header class="control-room-header"><p class="muted">${e(challenge.organization.name)} · ${e(t(`phase.${challenge.phase}`))}</p>` +
    `<nav aria-label="${e(t('controlRoom.challengeNavigation', { title: challenge.title }))}" class="control-room-tabs">` +
    TABS.map((tab) => `<a href="${base}/${tab}"${tab === current ? ' aria-current="page" class="active"' : ''}>${e(t(`controlRoom.${tab}`))}</a>`).join('') +
    `</nav></header>`;

  return `${header}<main id="main" tabindex="-1" class="page"><div class="control-room">${frame}${page}</div></main>`;
}

/** The root's content for `/manage/challenges/<id>/moderation`, read for `reader`. */
export function paintModerationPage(input: { challenge: PaintedTeamChallenge; queue: PaintedQueue; reader: { id: string; displayName: string }; locale: string; catalogue: Catalogue }): string {
  const { challenge, queue, reader, locale } = input;
  const t = translator(input.catalogue, locale);
  const f = formatsOf(locale);
  const e = escapeHtml;
  const items = queue.edges.map((edge) => edge.node);

  const counts =
    `<div role="group" aria-label="${e(t('moderation.counts'))}" class="queue-counts">` +
    QUEUE_STATES.map((state) => `<button type="button" aria-pressed="${FIRST_STATES.has(state)}" disabled>${e(t(`moderation.state.${state}`))} <span class="count">${queue.counts[state] ?? 0}</span></button>`).join('') +
    `</div>`;

  const filter =
    `<label class="field inline"><span>${e(t('moderation.targetFilter'))}</span><select disabled>` +
    `<option value="">${e(t('moderation.allTargets'))}</option>` +
    ['IDEA', 'COMMENT', 'USER'].map((type) => `<option value="${type}">${e(t(`moderation.target.${type}`))}</option>`).join('') +
    `</select></label>`;

  const item = (entry: PaintedQueueItem) => {
    const label = itemLabel(entry);
    const headingId = `queue-item-${entry.id}`;
    const title = entry.idea && entry.targetType === 'IDEA' ? `<a href="/ideas/${e(entry.idea.id)}">${e(label)}</a>` : e(label);
    const body = entry.targetType === 'IDEA' ? entry.idea?.body : entry.targetType === 'COMMENT' ? entry.comment?.body : undefined;
    const sentiment = entry.sentiment
      ? ` · ${e(t('moderation.sentiment', { label: t(`moderation.mood.${entry.sentiment.label}`), score: f.score.format(entry.sentiment.score) }))}`
      : '';
    const reasons = f.units.format(entry.reasons.map((r) => t('moderation.reasonCount', { reason: t(`moderation.reason.${r.reason}`), count: f.number.format(r.count) })));
    const details = entry.reports.filter((r) => r.details);
    return (
      `<li class="queue-item state-${e(entry.state)}" aria-labelledby="${e(headingId)}">` +
      `<label class="queue-select"><input type="checkbox" disabled><span class="visually-hidden">${e(t('moderation.select', { label }))}</span></label>` +
      `<div class="queue-body"><h3 id="${e(headingId)}"><span class="badge">${e(t(`moderation.target.${entry.targetType}`))}</span> ${title}</h3>` +
      (entry.targetType === 'COMMENT' && entry.idea ? `<p class="muted">${e(t('moderation.onIdea', { title: entry.idea.title }))}</p>` : '') +
      (body ? `<p class="excerpt">${e(body.slice(0, EXCERPT))}</p>` : '') +
      `<p class="muted"><span class="state-label state-${e(entry.state)}">${e(t(`moderation.state.${entry.state}`))}</span>` +
      (entry.author ? ` · ${e(t('moderation.by', { name: entry.author.displayName }))}` : '') +
      ` · <time datetime="${e(entry.updatedAt)}">${e(relative(f.relative, entry.updatedAt))}</time>${sentiment}</p>` +
      (entry.reporterCount > 0
        ? `<p class="muted">${e(t('moderation.reportedFor', { reporters: t('moderation.reporters', { count: entry.reporterCount, standing: entry.standingReporters }), reasons }))}</p>`
        : '') +
      (entry.rule ? `<p class="muted">${e(t('moderation.rule', { rule: entry.rule }))}</p>` : '') +
      (details.length > 0 ? `<ul class="report-details">${details.map((r) => `<li>${e(t('moderation.reportDetails', { details: r.details ?? '' }))}</li>`).join('')}</ul>` : '') +
      `<button type="button" disabled aria-label="${e(t('moderation.actOnOne', { label }))}">${e(t('moderation.act'))}</button>` +
      `</div></li>`
    );
  };

  const queueSection =
    `<div class="moderation-grid"><section aria-labelledby="queue-heading"><h2 id="queue-heading">${e(t('moderation.queue'))}</h2>` +
    (items.length > 0 ? `<label class="checkbox"><input type="checkbox" disabled> ${e(t('moderation.selectAll', { count: items.length }))}</label>` : `<p>${e(t('moderation.empty'))}</p>`) +
    `<ul class="queue" aria-labelledby="queue-heading">${items.map(item).join('')}</ul>` +
    (queue.pageInfo.hasNextPage ? `<button type="button" disabled>${e(t('common.more'))}</button>` : '') +
    `</section></div>`;

  const page =
    `<section aria-labelledby="moderation-heading" class="moderation"><h1 id="moderation-heading">${e(t('moderation.title', { title: challenge.title }))}</h1>` +
    `<p class="live-note">${e(t('moderation.notLive'))}</p><p role="status" class="live-note"></p>${counts}${filter}${queueSection}</section>`;

  return teamPageShell({ challenge, reader, tab: 'moderation', t }, page);
}
