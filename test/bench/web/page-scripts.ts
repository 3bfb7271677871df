/**
 * Code run inside the page (as text: the bench compiles without the DOM's types).
 * USABLE: the time since navigation start once 20 ideas are shown and a vote button works.
 */
export const USABLE = `(() => {
  const articles = document.querySelectorAll('[role=feed] article');
  const button = document.querySelector('[role=feed] button[aria-pressed]');
  return articles.length >= 20 && button !== null && !button.disabled ? performance.now() : false;
})()`;

export const LIVE_WITH_20 = `document.querySelector('[role=status]')?.textContent === 'Live' && document.querySelectorAll('[role=feed] article').length >= 20`;

/** Records [ideaId, upvotes shown, Date.now()] each time an idea's shown tally changes. */
export const WATCH_TALLIES = `(() => {
  const seen = [];
  window.__seen = seen;
  const last = new Map();
  const read = () => {
    for (const article of document.querySelectorAll('[role=feed] article')) {
      const id = article.querySelector('h3 a')?.getAttribute('href')?.split('/').pop();
      const up = Number(article.querySelector('.score')?.textContent?.match(/\\((\\d+)/)?.[1]);
      if (id && last.get(id) !== up) {
        last.set(id, up);
        seen.push([id, up, Date.now()]);
      }
    }
  };
  read();
  new MutationObserver(read).observe(document.querySelector('[role=feed]'), { subtree: true, childList: true, characterData: true });
})()`;
