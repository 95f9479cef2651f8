import type { ReactNode } from "react";
import { useLocation } from "react-router-dom";
import { liveHref, useStaticSite } from "./static-site";

/**
 * A view the static copy cannot serve: one that sends (suggesting a resource, curating), or one
 * that asks what no page holds (a set of the reader's choosing). There it says it needs the live
 * explorer, and links the same URL on it when known, instead of a form that cannot be sent or
 * an answer that cannot come.
 */
export function LiveOnly({ what, sends, children }: { what: string; sends: boolean; children: ReactNode }) {
  const site = useStaticSite();
  const { pathname, search } = useLocation();
  if (!site) return children;
  const live = liveHref(site, `${pathname}${search}`);
  return (
    <div className="state state-empty" data-testid="live-only">
      <h1>{what} needs the live explorer</h1>
      <p>
        {sends
          ? "This is a static copy of the explorer: it can show what the graph holds, but it cannot send anything."
          : "This is a static copy of the explorer: it holds a page for every node and view, but it cannot work out answers of your own choosing."}{" "}
        {live ? <a href={live}>{what} on the live explorer</a> : "Use the live explorer for this."}
      </p>
    </div>
  );
}
