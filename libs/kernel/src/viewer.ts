import { PollenError } from './pollen.error';

/** The authenticated user of a request, as established by the JWT strategy. */
export interface Viewer {
  userId: string;
  sessionId: string;
  /** When the account was created (ms since the epoch), from the access token; unknown counts as new. */
  accountCreatedAt?: number;
  /** When the access token expires (ms since the epoch); open sockets are ended then. */
  expiresAt?: number;
}

export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw PollenError.unauthenticated();
  return viewer;
}
