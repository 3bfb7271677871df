import { useEffect, useRef, useState, type KeyboardEvent } from 'react';

/**
 * The keyboard contract of a modal dialog, kept by the page itself: Escape closes it, and closing
 * it (Escape, Cancel, a press outside, a submission) puts the focus back on the button that opened
 * it. React Aria does both under React; rendered by Preact (apps/web/README.md, the stack), its
 * Escape handler and its focus restoration do not run, so the dialogs state them here, which is
 * harmless where React Aria already did.
 */
export function useModalKeyboard() {
  const [isOpen, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (wasOpen.current && !isOpen) opener.current?.focus();
    wasOpen.current = isOpen;
  }, [isOpen]);
  return {
    /** For the DialogTrigger: it is controlled, so that closing is seen here. */
    trigger: { isOpen, onOpenChange: setOpen },
    /** For the button that opens the dialog. */
    opener,
    /** For the element around the dialog's content. */
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      event.preventDefault();
      event.stopPropagation();
      setOpen(false);
    },
  };
}
