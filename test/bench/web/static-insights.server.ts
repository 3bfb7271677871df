import type { Server } from 'node:http';
import { serveHtml } from './static-queue.server';

export interface StaticInsights {
  totals: Array<[string, number]>;
  /** Each card's title and its table (header row first). */
  cards: Array<{ title: string; rows: Array<Array<string | number | null>> }>;
  /** Each card's chart as static SVG, in the cards' order (the page's own drawing). */
  charts?: string[];
}

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The reference of the dashboard's time-to-ready: the same totals, the same charts (static SVG) and
 * the same tables of figures as one static HTML page (no script), served from memory by a bare
 * node:http server.
 */
export function staticInsightsServer(content: StaticInsights, headers: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const totals = content.totals.map(([label, value]) => `<div><dt>${esc(label)}</dt><dd>${value}</dd></div>`).join('');
  const cards = content.cards
    .map(({ title, rows }, index) => {
      const [head, ...body] = rows;
      const cell = (v: string | number | null) => esc(v === null ? '–' : String(v));
      const chart = content.charts?.[index] ? `<div aria-hidden="true">${content.charts[index]}</div>` : '';
      return `<section class="insight-card"><h2>${esc(title)}</h2>${chart}<table><thead><tr>${head.map((h) => `<th>${cell(h)}</th>`).join('')}</tr></thead><tbody>${body
        .map((row) => `<tr>${row.map((v, i) => (i === 0 ? `<th>${cell(v)}</th>` : `<td>${cell(v)}</td>`)).join('')}</tr>`)
        .join('')}</tbody></table></section>`;
    })
    .join('\n');
  const html = Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Insights</title></head><body><main><h1>Insights</h1><dl class="insight-totals">${totals}</dl>${cards}</main></body></html>`);
  return serveHtml(html, headers);
}
