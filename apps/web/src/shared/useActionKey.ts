import { useRef } from 'react';
import { newKey } from './idempotency';

/**
 * One Idempotency-Key per user action: sending the same content again (a retry after a network
 * failure) reuses the key, so the server does it once; different content is a new action.
 */
export function useActionKey(): (content: unknown) => string {
  const last = useRef<{ content: string; key: string } | null>(null);
  return (content) => {
    const text = JSON.stringify(content);
    if (last.current?.content !== text) last.current = { content: text, key: newKey() };
    return last.current.key;
  };
}
