import { useSyncExternalStore } from 'react';
import { linkStatus, onLinkStatus, type LinkStatus } from '../link-status';

export function useLinkStatus(): LinkStatus {
  return useSyncExternalStore(onLinkStatus, linkStatus);
}
