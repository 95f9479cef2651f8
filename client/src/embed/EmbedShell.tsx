import type { ReactNode } from "react";
import { ScrollRestoration, useLocation } from "react-router-dom";
import { AnnouncerProvider } from "../curation/announcer";
import { StaleDataNote } from "../components/StaleDataNote";
import { scrollKey } from "../navigation/scroll-key";
import { fullViewPath } from "./embed-code";
import "./Embed.css";

/**
 * The frame of a view drawn for another site (`?embed=1`): the view alone — its canvas or list
 * and key — and a link to the same view in the full explorer, which opens outside the frame.
 * No header, navigation, search or footer: the host page is the site around it.
 */
export function EmbedShell({ children }: { children: ReactNode }) {
  const { pathname, search } = useLocation();
  return (
    <div className="app app-embed">
      {/* Without scripts a link would load a full page into the frame, which refuses to be framed:
          every plain link opens outside instead. The app's own links still move within the frame. */}
      <base target="_blank" />
      <AnnouncerProvider>
        <StaleDataNote />
        <main id="main" tabIndex={-1}>
          {children}
        </main>
        <p className="embed-credit">
          <a href={fullViewPath(pathname, search)} target="_blank" rel="noopener" data-testid="embed-open-full">
            Open in the Restraint Reduction Explorer
          </a>
        </p>
        <ScrollRestoration getKey={scrollKey} />
      </AnnouncerProvider>
    </div>
  );
}
