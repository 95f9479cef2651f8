import { useState } from "react";

/**
 * A control's shown value for state that lives in the URL. React Router applies URL changes in
 * a transition, so a controlled input would snap back to the old value until the new render
 * commits (and a quick second change would start from the wrong value). The draft shows the
 * user's change at once; whenever the URL's value changes (back button, a shared link) it wins.
 * The value is adjusted during render, as React recommends for state derived from props.
 */
export function useDraft<T>(value: T, same: (a: T, b: T) => boolean = Object.is): [T, (next: T) => void] {
  const [draft, setDraft] = useState(value);
  const [seen, setSeen] = useState(value);
  if (!same(seen, value)) {
    setSeen(value);
    setDraft(value);
  }
  return [draft, setDraft];
}
