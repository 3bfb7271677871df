import { useSyncExternalStore } from 'react';
import { getPageReader, getSession, isRestored, subscribe, type Session } from '../session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

/** False until the start-up refresh answered: pages that need a session wait rather than send the reader to sign in. */
export function useSessionRestored(): boolean {
  return useSyncExternalStore(subscribe, isRestored);
}

/**
 * Who is reading: the session's participant, or, until the start-up refresh answers, the reader a
 * team page was read for (`readByPage`), so the page's frame is the signed-in one from its first render.
 */
export function useReader(): { id: string; displayName: string } | null {
  const session = useSession();
  const restored = useSessionRestored();
  if (session) return { id: session.userId, displayName: session.displayName };
  return restored ? null : getPageReader();
}
