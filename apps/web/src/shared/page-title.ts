import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';

/**
 * The path of the last page that took the focus; unset until the first page of this load shows.
 * The first page keeps the focus where the browser put it (at the top, for the skip link); every
 * later page, once its heading is there, takes it, as a full page load would have put a screen
 * reader at the new page (Gov.UK's pattern: the focus on the page's `<h1>`, made focusable).
 * A change of query only (a sort, a search) is the same page and leaves the focus alone.
 */
let lastPath: string | undefined;

/**
 * A page's document title, "<page> · <context> · Pollen" in the interface's language (kept up to
 * date when the language or the data changes), and on client-side navigation the focus moved to
 * the page's main heading and the new title announced. `page` is undefined while the page is
 * loading (the focus waits for it), null when what the component shows names itself (a refusal
 * rendered in its place calls this hook too). Every page calls it once.
 */
export function usePageTitle(page: string | null | undefined, context?: string): void {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const title = t(context ? 'pageTitle.inContext' : 'pageTitle.page', { page: page ?? t('common.loading'), context });
  const ready = page !== undefined && page !== null;
  const names = page !== null;

  useEffect(() => {
    if (names) document.title = title;
  }, [names, title]);

  useEffect(() => {
    if (!names) return;
    if (lastPath === undefined) {
      lastPath = pathname;
      liveRegion();
      return;
    }
    if (!ready || lastPath === pathname) return;
    lastPath = pathname;
    focusMainHeading();
    liveRegion().textContent = document.title;
  }, [names, pathname, ready]);
}

function focusMainHeading(): void {
  const main = document.querySelector<HTMLElement>('main');
  const target = main?.querySelector<HTMLElement>('h1') ?? main;
  if (!target) return;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/**
 * One polite live region beside the application's root, made with the first page so that it is
 * in the document before the first title it announces (a region added with its text is not read).
 */
function liveRegion(): HTMLElement {
  let region = document.getElementById('page-announcer');
  if (!region) {
    region = document.createElement('div');
    region.id = 'page-announcer';
    region.setAttribute('role', 'status');
    region.className = 'visually-hidden';
    document.body.append(region);
  }
  return region;
}
