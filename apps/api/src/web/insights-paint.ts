import { cellText, InsightChart, insightCards, insightTotals, numberFormat, type DashboardInsights, type InsightCard } from '@pollen/charts';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { escapeHtml, translator, type Catalogue } from './first-paint';
import { teamPageShell, type PaintedTeamChallenge } from './team-paint';

/**
 * The insights dashboard's page as HTML, drawn from the first data the page carries (team-page.ts)
 * before any script runs, as team-paint.ts draws the moderation queue: the control room's frame,
 * the period, the totals and the eight cards, each with its chart, its table and its export, in
 * the markup InsightsPage and ChartCard render, in the reader's language from the client's own
 * catalogues. The cards are shaped by the code the client shapes them with (libs/charts,
 * `insightCards`) and their charts drawn by the same components (visx), rendered here to static
 * SVG: a brand team reads its dashboard as soon as the page arrives. The period and the exports
 * are drawn disabled, as they do nothing until the client runs; its first render then draws its
 * own page over these elements. `test/web/team-paint.e2e-spec.ts` checks both say the same.
 */

/** InsightsPage's periods (insights/range.ts, RANGES) and its first one (DEFAULT_DAYS). */
const RANGES = [14, 30, 90, 365];
const FIRST_DAYS = 30;
/** The phases in which the figures follow the challenge live (InsightsPage's RUNNING). */
const RUNNING = new Set(['IDEATION', 'VOTING', 'REVIEW']);

function paintCard(card: InsightCard, t: (key: string, values?: Record<string, string | number>) => string, locale: string): string {
  const e = escapeHtml;
  const headingId = `${card.id}-heading`;
  const chart = card.rows.length === 0 ? `<p>${e(t('insights.empty'))}</p>` : `<div aria-hidden="true" class="chart-box">${renderToStaticMarkup(createElement(InsightChart, { spec: card.chart, locale }))}</div>`;
  const head = card.columns.map((column, i) => `<th scope="col"${i > 0 ? ' class="num"' : ''}>${e(column.label)}</th>`).join('');
  const body = card.rows
    .map((row) => `<tr>${row.map((value, i) => (i === 0 ? `<th scope="row">${e(cellText(card.columns[i], value))}</th>` : `<td class="num">${e(cellText(card.columns[i], value))}</td>`)).join('')}</tr>`)
    .join('');
  return (
    `<section class="insight-card" aria-labelledby="${e(headingId)}"><h2 id="${e(headingId)}">${e(card.title)}</h2>` +
    (card.description ? `<p class="muted">${e(card.description)}</p>` : '') +
    chart +
    `<details class="insight-table"><summary>${e(t('insights.asTable', { title: card.title }))}</summary>` +
    `<table><caption class="visually-hidden">${e(card.title)}</caption><thead><tr>${head}</tr></thead><tbody>${body}</tbody></table></details>` +
    `<button type="button" class="link-button" disabled>${e(t('insights.exportCsv', { title: card.title }))}</button></section>`
  );
}

/** The root's content for `/manage/challenges/<id>/insights`, read for `reader`, over the dashboard's first period. */
export function paintInsightsPage(input: { challenge: PaintedTeamChallenge; insights: DashboardInsights; reader: { id: string; displayName: string }; locale: string; catalogue: Catalogue }): string {
  const { challenge, insights, reader, locale } = input;
  const t = translator(input.catalogue, locale);
  const e = escapeHtml;
  const number = numberFormat(locale);
  const live = RUNNING.has(challenge.phase);
  const controls =
    `<div class="insights-controls"><label class="search-field">${e(t('insights.range'))}<select disabled>` +
    RANGES.map((n) => `<option value="${n}"${n === FIRST_DAYS ? ' selected' : ''}>${e(t('insights.lastDays', { count: n, formatted: number.format(n) }))}</option>`).join('') +
    `</select></label><p class="muted">${e(live ? t('insights.live') : t('insights.notLive', { phase: t(`phase.${challenge.phase}`) }))}</p></div>`;
  const totals =
    `<dl class="insight-totals" aria-label="${e(t('insights.totals'))}">` +
    insightTotals(insights, t, locale)
      .map((total) => `<div><dt>${e(total.label)}</dt><dd>${e(total.value)}</dd></div>`)
      .join('') +
    `</dl>`;
  const cards = `<div class="insight-grid">${insightCards(insights, t, locale)
    .map((card) => paintCard(card, t, locale))
    .join('')}</div>`;
  const page = `<section aria-labelledby="insights-heading" class="insights"><h1 id="insights-heading">${e(t('insights.title', { title: challenge.title }))}</h1>${controls}${totals}${cards}</section>`;
  return teamPageShell({ challenge, reader, tab: 'insights', t }, page);
}
