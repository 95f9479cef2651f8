import { useEffect, useState } from "react";
import { useHydrated } from "../hooks/use-hydrated";
import "./CopyLinkButton.css";

/**
 * The URL already holds the view (selection, filters, layout, tab); this makes sharing it one
 * click. Until the page runs scripts (the server's HTML, a reader without them) and where the
 * Clipboard API is unavailable (non-secure origins), its place is kept, unseen and out of reach:
 * the toolbar must not reflow, and move the canvas, when it appears.
 */
export function CopyLinkButton() {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  if (!hydrated || !("clipboard" in navigator)) {
    return (
      <button type="button" className="button copy-link-reserved" aria-hidden="true" tabIndex={-1} disabled>
        <span>Copy link</span>
      </button>
    );
  }
  const copy = () => {
    void navigator.clipboard.writeText(window.location.href).then(() => setCopied(true));
  };
  return (
    <button type="button" className="button" onClick={copy}>
      <span aria-live="polite">{copied ? "Link copied" : "Copy link"}</span>
    </button>
  );
}
