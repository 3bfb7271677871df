import { PollenError } from '@pollen/kernel';

/** The header a request that uses the session cookie must carry (any non-empty value). */
export const SESSION_CSRF_HEADER = 'x-pollen-csrf';

export interface SessionRequestHeaders {
  host?: string;
  origin?: string;
  [name: string]: string | string[] | undefined;
}

/**
 * Whether a request may use the refresh cookie. The cookie is SameSite=Strict, so a browser
 * sends it only on same-site requests, but a sibling subdomain is same-site: the Origin check is
 * what keeps another site's page out. A custom header cannot be sent cross-origin without a
 * CORS preflight, which the API never grants, so it holds even where Origin is absent (old
 * browsers). Browsers send Origin on every POST; a request without one is not from a page (curl
 * with a cookie jar) and needs only the header.
 */
export function checkSessionRequest(headers: SessionRequestHeaders, trustedOrigins: readonly string[]): void {
  const marker = headers[SESSION_CSRF_HEADER];
  if (typeof marker !== 'string' || marker.trim() === '') {
    throw PollenError.forbidden(`The session cookie is only read with the ${SESSION_CSRF_HEADER} header`);
  }
  const origin = headers.origin;
  if (origin === undefined) return;
  if (!sameOrigin(origin, headers.host) && !trustedOrigins.includes(origin)) {
    throw PollenError.forbidden(`The session cookie is not read on requests from ${origin === 'null' ? 'an opaque origin' : origin}`);
  }
}

/** The page's origin names the host the request went to (scheme aside: a TLS proxy may sit between). */
function sameOrigin(origin: string, host: string | undefined): boolean {
  if (!host || origin === 'null') return false;
  try {
    return new URL(origin).host === host.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Whether a form posted by a page without script (no custom header possible) may use the
 * refresh cookie: the browser says the request is same-origin (Sec-Fetch-Site), or its Origin
 * names this site or a trusted origin. Browsers send one or the other with every form POST; a
 * request with neither is refused, as nothing but a page's form is meant to reach these endpoints.
 */
export function checkFormRequest(headers: SessionRequestHeaders, trustedOrigins: readonly string[]): void {
  // The browser's own word (Fetch Metadata) where it gives it: the request comes from this origin.
  if (headers['sec-fetch-site'] === 'same-origin' && (headers.origin === undefined || headers.origin === 'null' || sameOrigin(headers.origin, headers.host))) return;
  const origin = headers.origin;
  if (origin === undefined) throw PollenError.forbidden('A form that uses the session cookie must come from a page of this site');
  if (!sameOrigin(origin, headers.host) && !trustedOrigins.includes(origin)) {
    throw PollenError.forbidden(`The session cookie is not read on requests from ${origin === 'null' ? 'an opaque origin' : origin}`);
  }
}
