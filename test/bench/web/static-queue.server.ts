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
export function staticQueueServer(content: StaticQueue): Promise<{ url: string; server: Server }> {
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
  return serveHtml(html);
}

/** One HTML page served from memory by a bare node:http server, on a free port. */
export function serveHtml(html: Buffer): Promise<{ url: string; server: Server }> {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': html.length, 'cache-control': 'no-cache' });
    res.end(html);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}
