import { useCallback, useRef, useState, type KeyboardEvent } from "react";

/**
 * A button that opens a form in place: opening moves focus into the form, closing (Cancel,
 * Escape, a save) puts it back on the button, so keyboard users never lose their place.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => {
    setOpen(false);
    // After React has put the button back (it may be hidden while the form is open).
    requestAnimationFrame(() => buttonRef.current?.focus());
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      close();
    },
    [close],
  );
  return { open, setOpen, buttonRef, close, onKeyDown };
}

/** Focuses the first field of a form when it mounts. */
export function focusFirstField(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>("input, select, textarea, button")?.focus();
}
