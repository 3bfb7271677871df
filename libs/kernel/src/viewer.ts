import { PollenError } from './pollen.error';

/** The authenticated user of a request, as established by the JWT strategy. */
export interface Viewer {
  userId: string;
  sessionId: string;
}

export function requireViewer(viewer: Viewer | null | undefined): Viewer {
  if (!viewer) throw PollenError.unauthenticated();
  return viewer;
}
