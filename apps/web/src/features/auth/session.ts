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
  user: { id: string; displayName: string };
}

type Listener = () => void;

let current: Session | null = null;
let restored = false;
/** Who a team page was read for (app/first-page.ts), until the start-up refresh has answered. */
let pageReader: { id: string; displayName: string } | null = null;
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
  restored = true;
  schedule();
  emit();
}

export function signedOut(): void {
  current = null;
  restored = true;
  clearTimeout(timer);
  emit();
}

export function getSession(): Session | null {
  return current;
}

/**
 * A control-room page comes with its first data read as the reader of its session cookie
 * (apps/api/src/web/team-page.ts): pages for the signed-in may show it to that reader before the
 * start-up refresh has answered. The refresh decides: signed in, the session replaces it; refused,
 * the reader is signed out and the page asks them to sign in.
 */
export function readByPage(reader: { id: string; displayName: string }): void {
  if (!restored) pageReader = reader;
}

/** The reader the page was read for, while the start-up refresh has not answered; null after. */
export function getPageReader(): { id: string; displayName: string } | null {
  return restored ? null : pageReader;
}

export function accessToken(): string | null {
  return current?.accessToken ?? null;
}

/**
 * Settles once the start-up refresh has answered (signed in or not): requests wait for it, so
 * the first page is read as the participant (their own votes) rather than read twice.
 */
export function whenRestored(): Promise<void> {
  if (restored) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = subscribe(() => {
      if (!restored) return;
      stop();
      resolve();
    });
  });
}

export function isRestored(): boolean {
  return restored;
}

export function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Trades the refresh cookie (httpOnly, rotated on use) for a new access token. One at a time:
 * a burst of expired requests shares one refresh, and tabs take turns (navigator.locks), as a
 * used cookie presented again would revoke the session. False when there is no session.
 */
export function refresh(): Promise<boolean> {
  refreshing ??= (async () => {
    try {
      const answer = navigator.locks ? await navigator.locks.request('pollen-session-refresh', exchange) : await exchange();
      if (!answer) {
        signedOut();
        return false;
      }
      signedIn(answer);
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

async function exchange(): Promise<AuthAnswer | null> {
  const res = await fetch('/auth/refresh', { method: 'POST', credentials: 'same-origin', headers: { 'x-pollen-csrf': '1' } });
  if (!res.ok) return null;
  const body = (await res.json()) as Partial<AuthAnswer>;
  return body.accessToken && body.user ? (body as AuthAnswer) : null;
}
