/**
 * The signed-in participant, in memory only. The access token never touches storage; staying
 * signed in across reloads is the API's refresh cookie (httpOnly), asked for at start and before
 * the access token expires.
 */
export interface Session {
  accessToken: string;
  userId: string;
  displayName: string;
  /** ms since epoch, from the token's `exp` */
  expiresAt: number;
}

interface AuthAnswer {
  accessToken: string;
  refreshToken?: string | null;
  user: { id: string; displayName: string };
}

type Listener = () => void;

let current: Session | null = null;
/** Until the API sets a refresh cookie, the rotating refresh token is held here (memory only). */
let refreshToken: string | null = null;
let restored = false;
let refreshing: Promise<boolean> | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
const listeners = new Set<Listener>();

function expiryOf(token: string): number {
  try {
    const payload = JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/'))) as { exp?: number };
    return (payload.exp ?? 0) * 1000;
  } catch {
    return 0;
  }
}

function emit(): void {
  listeners.forEach((listener) => listener());
}

function schedule(): void {
  clearTimeout(timer);
  if (!current) return;
  // A minute before expiry (or half-way through a short token), so no request waits on a refresh.
  const left = current.expiresAt - Date.now();
  const wait = Math.max(5_000, Math.min(left - 60_000, left / 2));
  timer = setTimeout(() => void refresh(), wait);
}

export function signedIn(answer: AuthAnswer): void {
  current = {
    accessToken: answer.accessToken,
    userId: answer.user.id,
    displayName: answer.user.displayName,
    expiresAt: expiryOf(answer.accessToken),
  };
  refreshToken = answer.refreshToken ?? null;
  restored = true;
  schedule();
  emit();
}

export function signedOut(): void {
  current = null;
  refreshToken = null;
  restored = true;
  clearTimeout(timer);
  emit();
}

export function getSession(): Session | null {
  return current;
}

export function accessToken(): string | null {
  return current?.accessToken ?? null;
}

export function isRestored(): boolean {
  return restored;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// With a token in memory (signed in during this page's life) it is sent; at start, the cookie is.
const REFRESH_WITH_TOKEN = `mutation Refresh($refreshToken: String!) { refreshSession(refreshToken: $refreshToken) { accessToken refreshToken user { id displayName } } }`;
const REFRESH_WITH_COOKIE = `mutation RefreshFromCookie { refreshSession { accessToken user { id displayName } } }`;

/**
 * Trades the refresh cookie (or the token in memory) for a new access token. One at a time: a
 * burst of expired requests shares one refresh. False when the session is gone.
 */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(refreshToken ? { query: REFRESH_WITH_TOKEN, variables: { refreshToken } } : { query: REFRESH_WITH_COOKIE }),
      });
      const body = (await res.json()) as { data?: { refreshSession?: AuthAnswer } | null; errors?: unknown[] };
      const answer = body.data?.refreshSession;
      if (!answer) {
        signedOut();
        return false;
      }
      signedIn({ ...answer, refreshToken: answer.refreshToken ?? refreshToken });
      return true;
    } catch {
      // Offline: keep what we have; the next request or reconnection tries again.
      restored = true;
      emit();
      return false;
    } finally {
      refreshing = null;
    }
  })();
  return refreshing;
}
