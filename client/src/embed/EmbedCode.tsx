import { useState } from "react";
import { useLocation } from "react-router-dom";
import { useHydrated } from "../hooks/use-hydrated";
import { embedUrl, iframeCode } from "./embed-code";

/**
 * The Export menu's "Embed" section: the `<iframe>` code that shows this view on another site,
 * to copy. The site's address is the browser's, so the code appears once the page runs scripts;
 * the other site must be listed in the server's EMBED_ORIGINS, or browsers refuse the frame.
 */
export function EmbedCode({ title }: { title: string }) {
  const hydrated = useHydrated();
  const { pathname, search } = useLocation();
  const [copied, setCopied] = useState(false);
  const code = hydrated ? iframeCode(embedUrl(window.location.origin, pathname, search), title) : "";
  const canCopy = hydrated && "clipboard" in navigator;
  return (
    <>
      <li className="menu-heading">Embed in another site</li>
      <li className="menu-note embed-code">
        <label>
          <span>Paste this into a page of a site the explorer allows (EMBED_ORIGINS):</span>
          <textarea readOnly rows={4} value={code} data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
        </label>
        <button
          type="button"
          disabled={!canCopy}
          onClick={() => void navigator.clipboard.writeText(code).then(() => setCopied(true))}
        >
          <span aria-live="polite">{copied ? "Embed code copied" : "Copy embed code"}</span>
        </button>
      </li>
    </>
  );
}
