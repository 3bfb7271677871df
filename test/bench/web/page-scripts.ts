/**
 * Code run inside the page. Functions, not strings: Playwright evaluates a string predicate with
 * `new Function` in the page, which the client's CSP (no 'unsafe-eval') rightly refuses. Each is
 * sent as its source, so it refers to nothing outside itself; the bench compiles without the
 * DOM's types, hence `globalThis as any`.
 */

/** The time since navigation start once 20 ideas are shown and a vote button works (false before). */
export const USABLE = (): number | false => {
  const { document, performance } = globalThis as any;
  const articles = document.querySelectorAll('[role=feed] article');
  const button = document.querySelector('[role=feed] button[aria-pressed]');
  return articles.length >= 20 && button !== null && !button.disabled ? performance.now() : false;
};

/** The header's live region says "Live" once the socket is connected. */
export const LIVE = (): boolean => (globalThis as any).document.querySelector('[role=status]')?.textContent === 'Live';

export const LIVE_WITH_20 = (): boolean => {
  const { document } = globalThis as any;
  return document.querySelector('[role=status]')?.textContent === 'Live' && document.querySelectorAll('[role=feed] article').length >= 20;
};

/** Records [ideaId, upvotes shown, Date.now()] each time an idea's shown tally changes. */
export const WATCH_TALLIES = (): void => {
  const window = globalThis as any;
  const seen: Array<[string, number, number]> = [];
  window.__seen = seen;
  const last = new Map<string, number>();
  const read = () => {
    for (const article of window.document.querySelectorAll('[role=feed] article')) {
      const id = article.querySelector('h3 a')?.getAttribute('href')?.split('/').pop();
      const up = Number(article.querySelector('.score')?.textContent?.match(/\((\d+)/)?.[1]);
      if (id && last.get(id) !== up) {
        last.set(id, up);
        seen.push([id, up, Date.now()]);
      }
    }
  };
  read();
  new window.MutationObserver(read).observe(window.document.querySelector('[role=feed]'), { subtree: true, childList: true, characterData: true });
};

/**
 * The insights dashboard is ready once its totals and its eight cards are shown, each with its
 * chart drawn (an SVG) or its "nothing yet"; the static reference (the same charts as static SVG) likewise.
 */
export const INSIGHTS_READY = (): number | false => {
  const { document, performance } = globalThis as any;
  const cards = [...document.querySelectorAll('.insight-card')] as any[];
  // A card's chart sits in an aria-hidden box (the table is its accessible form): drawn once it holds an SVG.
  const drawn = cards.every((card) => card.querySelector('table') && (card.querySelector('svg.chart') || !card.querySelector('div[aria-hidden=true]')));
  return document.querySelector('.insight-totals dd') && cards.length >= 8 && drawn ? performance.now() : false;
};

/** The moderation queue is ready once its first page (`items` entries) is listed, with the counts per state. */
export const QUEUE_READY = (items: number): number | false => {
  const { document, performance } = globalThis as any;
  return document.querySelector('.queue-counts') && document.querySelectorAll('ul.queue > li').length >= items ? performance.now() : false;
};
