import { useEffect, useState } from "react";
import { useHydrated } from "../hooks/use-hydrated";

/**
 * The URL already holds the view (selection, filters, layout, tab); this makes sharing it one
 * click. Hidden where the Clipboard API is unavailable (non-secure origins) and in the page's
 * HTML, which must not offer it to a reader without scripts (and must match the server's).
 */
export function CopyLinkButton() {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  if (!hydrated || !("clipboard" in navigator)) return null;
  const copy = () => {
    void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
  };
  return (
    <button type="button" className="button" onClick={copy}>
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
