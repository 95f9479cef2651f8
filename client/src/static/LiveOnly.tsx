import type { ReactNode } from "react";
import { liveHref, useStaticSite } from "./static-site";

/**
 * A view that writes (suggesting a resource, curating): in the static copy it says it needs the
 * live explorer, and links it when known, instead of offering a form that cannot be sent.
 */
export function LiveOnly({ what, path, children }: { what: string; path: string; children: ReactNode }) {
  const site = useStaticSite();
  if (!site) return children;
  const live = liveHref(site, path);
  return (
    <div className="state state-empty" data-testid="live-only">
      <h1>{what} needs the live explorer</h1>
      <p>
        This is a static copy of the explorer: it can show what the graph holds, but it cannot send anything.{" "}
        {live ? <a href={live}>{what} on the live explorer</a> : "Use the live explorer for this."}
      </p>
    </div>
  );
}
