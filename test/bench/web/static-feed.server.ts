import type { Server } from 'node:http';
import { serveHtml } from './static-queue.server';

export interface StaticIdea {
  id: string;
  title: string;
  body: string;
  score: number;
  upvotes: number;
  downvotes: number;
  commentCount: number;
  author: { displayName: string };
}

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * The reference of the time-to-usable figure: the same 20 ideas as one static HTML page (no
 * script), with the same markup a reader sees (feed of articles, vote buttons, score), served
 * from memory by a bare node:http server.
 */
export function staticFeedServer(ideas: StaticIdea[], headers: Record<string, string> = {}): Promise<{ url: string; server: Server }> {
  const articles = ideas
    .map(
      (idea, i) => `<article aria-posinset="${i + 1}"><div class="vote"><button type="button" aria-pressed="false" aria-label="Vote for ${esc(idea.title)}">▲</button>
<span class="score">${idea.score} (${idea.upvotes} for, ${idea.downvotes} against)</span><button type="button" aria-pressed="false">▼</button></div>
<h3><a href="/ideas/${idea.id}">${esc(idea.title)}</a></h3><p>by ${esc(idea.author.displayName)}</p><p>${esc(idea.body.slice(0, 280))}</p><p>${idea.commentCount} comments</p></article>`,
    )
    .join('\n');
  const html = Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ideas</title></head><body><main><h1>Ideas</h1><div role="feed">${articles}</div></main></body></html>`);
  return serveHtml(html, headers);
}
