import { createServer, type Server } from 'node:http';

export interface StaticQueue {
  counts: Array<[string, number]>;
  items: Array<{ kind: string; title: string; excerpt: string; state: string; author: string; reporters: string; sentiment: string }>;
}

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The reference of the moderation queue's time-to-ready: the same counts and the same first page
 * of items (kind, title, excerpt, state, author, reporters and reasons, sentiment) as one static
 * HTML page with no script, served from memory by a bare node:http server.
 */
export function staticQueueServer(content: StaticQueue, headers: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const counts = content.counts.map(([state, n]) => `<button type="button">${esc(state)} <span class="count">${n}</span></button>`).join('');
  const items = content.items
    .map(
      (item) =>
        `<li class="queue-item"><label><input type="checkbox"> Select</label><div><h3><span class="badge">${esc(item.kind)}</span> ${esc(item.title)}</h3><p>${esc(item.excerpt)}</p><p>${esc(item.state)} · ${esc(item.author)} · ${esc(item.sentiment)}</p><p>${esc(item.reporters)}</p><button type="button">Act</button></div></li>`,
    )
    .join('\n');
  const html = Buffer.from(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Moderation</title></head><body><main><h1>Moderation</h1><div role="group" class="queue-counts">${counts}</div><h2>Queue</h2><ul class="queue">${items}</ul></main></body></html>`,
  );
  return serveHtml(html, headers);
}

/**
 * One HTML page served from memory by a bare node:http server, on a free port, with `headers`
 * beside its own (the site's security headers, `pageHeaders`, for a reference that differs from
 * the page it stands for only in being static).
 */
export function serveHtml(html: Buffer, headers: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8', 'content-length': html.length, 'cache-control': 'no-cache' });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

/** What a response says about its transport, its length or caching, rather than about the page. */
const NOT_THE_PAGES = new Set(['content-type', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive', 'date', 'etag', 'last-modified', 'cache-control', 'vary', 'set-cookie']);

/**
 * The headers the API sends with one of its pages (helmet's: the content security policy,
 * Cross-Origin-Opener-Policy, frame and referrer policies…), for a static reference to be served
 * with. They are not free: under `Cross-Origin-Opener-Policy: same-origin` Chromium gives a page
 * opened in a fresh tab a renderer process of its own instead of the tab's first one, ~40 ms of a
 * cold load here, which a bare static page never pays.
 */
export async function pageHeaders(url: string): Promise<Record<string, string>> {
  const res = await fetch(url, { headers: { accept: 'text/html' } });
  await res.arrayBuffer();
  return Object.fromEntries([...res.headers].filter(([name]) => !NOT_THE_PAGES.has(name)));
}
