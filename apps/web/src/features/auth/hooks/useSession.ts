import { useSyncExternalStore } from 'react';
import { getSession, isRestored, subscribe, type Session } from '../session';

export function useSession(): Session | null {
  return useSyncExternalStore(subscribe, getSession);
}

/** False until the start-up refresh answered: pages that need a session wait rather than send the reader to sign in. */
export function useSessionRestored(): boolean {
  return useSyncExternalStore(subscribe, isRestored);
}
