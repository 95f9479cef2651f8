import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";

/**
 * A ref for a button that is hidden while something it opened is shown, and a `returnFocus`
 * to call when that closes: focus goes back to the button in the effect after React has
 * rendered it again. (A requestAnimationFrame raced React's scheduler: under load the frame
 * came first, found no button, and focus was lost.)
 */
export function useReturnFocus<T extends HTMLElement>(shown: boolean) {
  const ref = useRef<T>(null);
  const pending = useRef(false);
  useEffect(() => {
    if (!shown || !pending.current) return;
    pending.current = false;
    ref.current?.focus();
  }, [shown]);
  const returnFocus = useCallback(() => {
    pending.current = true;
  }, []);
  return { ref, returnFocus };
}

/**
 * A button that opens a form in place: opening moves focus into the form, closing (Cancel,
 * Escape, a save) puts it back on the button, so keyboard users never lose their place.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const { ref: buttonRef, returnFocus } = useReturnFocus<HTMLButtonElement>(!open);
  const close = useCallback(() => {
    returnFocus();
    setOpen(false);
  }, [returnFocus]);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.stopPropagation();
      close();
    },
    [close],
  );
  /** A form's handlers: Escape and Cancel close it; a save is announced, then closes it. */
  const formHandlers = (announce: (message: string) => void) => ({
    onKeyDown,
    onCancel: close,
    onDone: (message: string) => {
      announce(message);
      close();
    },
  });
  return { open, setOpen, buttonRef, close, onKeyDown, formHandlers };
}

/** Focuses the first field of a form when it mounts. */
export function focusFirstField(form: HTMLFormElement | null): void {
  form?.querySelector<HTMLElement>("input, select, textarea, button")?.focus();
}
