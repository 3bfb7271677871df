/** Whether the live link is up; apart from the socket so the header can show it without loading socket.io. */
export type LinkStatus = 'connecting' | 'online' | 'offline';

type Listener = () => void;
let status: LinkStatus = 'connecting';
const listeners = new Set<Listener>();

export function setStatus(next: LinkStatus): void {
  if (status === next) return;
  status = next;
  listeners.forEach((listener) => listener());
}

export function linkStatus(): LinkStatus {
  return status;
}

export function onLinkStatus(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
