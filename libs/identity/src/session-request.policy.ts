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
